"""Kvar att göra: the sections with neither a position nor "inga synpunkter"; Enter goes there."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from workbench.core.model import Section


class CoverageScreen(ModalScreen[int | None]):
    """Dismissed with the id of the section to go to, or None."""

    BINDINGS = [
        Binding("escape,f4", "close", "Stäng", id="coverage.close"),
    ]

    def __init__(self, unanswered: list[Section], total: int, missing: list[str] = ()) -> None:  # type: ignore[assignment]
        super().__init__()
        self.unanswered = unanswered
        self.total = total
        self.missing = list(missing)

    def compose(self) -> ComposeResult:
        with Vertical(id="coverage-box", classes="dialog"):
            count = len(self.unanswered)
            if count:
                title = f"{count} av {self.total} avsnitt saknar ställningstagande"
            else:
                title = f"Alla {self.total} avsnitt har ett ställningstagande"
            yield Static(Text(title, style="bold"), id="coverage-title")
            yield OptionList(
                *(
                    Option(Text("  " * (s.level - 1) + s.heading), id=str(s.id))
                    for s in self.unanswered
                ),
                id="coverage-sections",
            )
            if self.missing:
                yield Static(
                    Text.assemble(
                        ("Ärendeuppgifter som saknas för export: ", "bold"),
                        ", ".join(self.missing),
                        " (F3)",
                    ),
                    id="coverage-missing",
                )
            yield Static(
                "Enter: gå till avsnittet · Ctrl+G i arbetsytan: inga synpunkter · Esc: stäng",
                id="coverage-hint",
                classes="hint",
            )

    def on_mount(self) -> None:
        sections = self.query_one("#coverage-sections", OptionList)
        sections.display = bool(self.unanswered)
        sections.focus()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.dismiss(int(event.option.id))

    def action_close(self) -> None:
        self.dismiss(None)
