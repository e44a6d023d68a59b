"""The positions of one section, one line each, and a last line for a new one."""

from __future__ import annotations

from rich.text import Text
from textual.widgets import OptionList

from workbench.model import Position
from workbench.stances import Vocabulary
from workbench.tui.text_views import position_line

NEW_LINE = Text("+ nytt ställningstagande", style="dim italic")


class PositionList(OptionList):
    """Highlighting a line shows that position in the editor; the last line is a draft.

    Lines are cut to the list's width (an option list would wrap them), so they are drawn
    again when the width changes.
    """

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self._shown: tuple[list[Position], Vocabulary] = ([], Vocabulary())

    def _line(self, position: Position, vocabulary: Vocabulary) -> Text:
        line = position_line(position, vocabulary)
        width = self.scrollable_content_region.width
        line.truncate(max(10, width - 1) if width else 60, overflow="ellipsis")
        return line

    def show(self, positions: list[Position], vocabulary: Vocabulary, highlighted: int) -> None:
        self._shown = (positions, vocabulary)
        self.set_options([*(self._line(p, vocabulary) for p in positions), NEW_LINE])
        self.highlighted = max(0, min(highlighted, len(positions)))

    def update_line(self, index: int, position: Position, vocabulary: Vocabulary) -> None:
        if index < self.option_count - 1:
            self.replace_option_prompt_at_index(index, self._line(position, vocabulary))

    def on_resize(self) -> None:
        positions, vocabulary = self._shown
        for index, position in enumerate(positions[: self.option_count - 1]):
            self.replace_option_prompt_at_index(index, self._line(position, vocabulary))
