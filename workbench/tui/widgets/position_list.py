"""The positions of one section, one line each, and a last line for a new one.

A `VirtualList`: a line is made only when it comes on screen, so a section of a thousand
positions shows as fast as one of three."""

from __future__ import annotations

from rich.text import Text

from workbench.core.model import Position
from workbench.core.stances import Vocabulary
from workbench.tui.text_views import position_line
from workbench.tui.widgets.virtual_list import VirtualList

NEW_LINE = Text("+ nytt ställningstagande", style="dim italic")


class PositionList(VirtualList):
    """Highlighting a line shows that position in the editor; the last line is a draft."""

    def show(self, positions: list[Position], vocabulary: Vocabulary, highlighted: int) -> None:
        shown = list(positions)  # the section's list may change before a line is drawn

        def line(index: int) -> Text:
            return position_line(shown[index], vocabulary) if index < len(shown) else NEW_LINE

        self.set_rows(len(shown) + 1, line, max(0, min(highlighted, len(shown))))

    def update_line(self, index: int, position: Position, vocabulary: Vocabulary) -> None:
        if index < self.row_count - 1:
            self.replace_row(index, position_line(position, vocabulary))
