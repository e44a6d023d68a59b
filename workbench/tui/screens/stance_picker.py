"""Stance by keyboard: type to narrow the stances (the vocabulary and the organisation's own
verbs), arrows to choose, Enter to take one. The workspace gives the focus back to the text."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, OptionList, Static
from textual.widgets.option_list import Option

from workbench.core.model import Stance
from workbench.core.stances import CLASS_LABELS, NONE, Vocabulary


def matching(stances: list[Stance], typed: str) -> list[Stance]:
    """The stances whose words (verb, label, class) hold what was typed, those that start
    with it first."""
    wanted = " ".join(typed.casefold().split())
    if not wanted:
        return stances
    found = []
    for stance in stances:
        words = f"{stance.display} {stance.verb} {CLASS_LABELS.get(stance.stance_class, '')}"
        words = words.casefold()
        if wanted in words:
            found.append((not stance.display.casefold().startswith(wanted), stance))
    return [stance for _, stance in sorted(found, key=lambda item: item[0])]


class StancePicker(ModalScreen[str | None]):
    """Returns the chosen stance's key, or None."""

    BINDINGS = [
        Binding("escape", "cancel", "Avbryt", id="stance.cancel"),
        Binding("down", "move(1)", "Nästa", id="stance.down", show=False, priority=True),
        Binding("up", "move(-1)", "Förra", id="stance.up", show=False, priority=True),
        Binding("enter", "choose", "Välj", id="stance.choose", priority=True),
    ]

    def __init__(self, vocabulary: Vocabulary, current: str) -> None:
        super().__init__()
        self.stances = list(vocabulary)
        self.current = current
        self.shown: list[Stance] = self.stances

    def compose(self) -> ComposeResult:
        with Vertical(id="stance-box", classes="dialog"):
            yield Static("Hållning", classes="dialog-title")
            yield Input(placeholder="skriv för att söka, t.ex. till, emot, pos", id="stance-filter")
            yield OptionList(id="stance-options")
            yield Static("↑↓ välj · Enter tar hållningen · Esc avbryter", classes="hint")

    def on_mount(self) -> None:
        self._show()
        self.query_one("#stance-filter", Input).focus()

    def _show(self) -> None:
        options = self.query_one("#stance-options", OptionList)
        options.clear_options()
        options.add_options(
            Option(
                Text.assemble(
                    s.display,
                    (f" ({CLASS_LABELS[s.stance_class]})", "dim")
                    if s.stance_class in CLASS_LABELS and s.stance_class != NONE
                    else "",
                ),
                id=s.key,
            )
            for s in self.shown
        )
        if self.shown:
            keys = [s.key for s in self.shown]
            options.highlighted = keys.index(self.current) if self.current in keys else 0

    def on_input_changed(self, event: Input.Changed) -> None:
        event.stop()
        self.shown = matching(self.stances, event.value)
        self._show()

    def action_move(self, step: int) -> None:
        options = self.query_one("#stance-options", OptionList)
        if not self.shown:
            return
        index = options.highlighted or 0
        options.highlighted = max(0, min(len(self.shown) - 1, index + step))

    def action_choose(self) -> None:
        index = self.query_one("#stance-options", OptionList).highlighted
        if index is None or not 0 <= index < len(self.shown):
            return
        self.dismiss(self.shown[index].key)

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.dismiss(self.shown[event.option_index].key)

    def action_cancel(self) -> None:
        self.dismiss(None)
