"""The positions of one section, one line each, and a last line for a new one."""

from __future__ import annotations

from rich.text import Text
from textual.widgets import OptionList

from workbench.model import Position
from workbench.stances import Vocabulary
from workbench.tui.text_views import position_line

NEW_LINE = Text("+ nytt ställningstagande", style="dim italic")


class PositionList(OptionList):
    """Highlighting a line shows that position in the editor; the last line is a draft."""

    def show(self, positions: list[Position], vocabulary: Vocabulary, highlighted: int) -> None:
        width = max(20, self.size.width - 2) if self.size.width else 60
        self.set_options([*(position_line(p, vocabulary, width) for p in positions), NEW_LINE])
        self.highlighted = max(0, min(highlighted, len(positions)))

    def update_line(self, index: int, position: Position, vocabulary: Vocabulary) -> None:
        if index < self.option_count - 1:
            width = max(20, self.size.width - 2) if self.size.width else 60
            self.replace_option_prompt_at_index(index, position_line(position, vocabulary, width))
