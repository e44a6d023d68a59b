"""The positions of one section, one line each, and a last line for a new one."""

from __future__ import annotations

from rich.text import Text

from workbench.core.model import Position
from workbench.core.stances import Vocabulary
from workbench.tui.text_views import position_line
from workbench.tui.widgets.clipped_list import ClippedOptionList

NEW_LINE = Text("+ nytt ställningstagande", style="dim italic")


class PositionList(ClippedOptionList):
    """Highlighting a line shows that position in the editor; the last line is a draft."""

    def show(self, positions: list[Position], vocabulary: Vocabulary, highlighted: int) -> None:
        self.set_lines([*(position_line(p, vocabulary) for p in positions), NEW_LINE])
        self.highlighted = max(0, min(highlighted, len(positions)))

    def update_line(self, index: int, position: Position, vocabulary: Vocabulary) -> None:
        if index < self.option_count - 1:
            self.replace_line(index, position_line(position, vocabulary))
