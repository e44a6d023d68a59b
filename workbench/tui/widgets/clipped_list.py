"""An option list whose lines are cut to its width with an ellipsis (an OptionList wraps long
lines), drawn again when the width changes."""

from __future__ import annotations

from rich.text import Text
from textual.widgets import OptionList


class ClippedOptionList(OptionList):
    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self._full_lines: list[Text] = []

    def _clipped(self, line: Text) -> Text:
        width = self.scrollable_content_region.width
        width = max(10, width - 1) if width else 60
        # A character is at least one cell wide, so the first width + 1 characters are all
        # that can show; slicing first spares measuring a long position (up to megabytes).
        clipped = line[: width + 1] if len(line) > width + 1 else line.copy()
        clipped.truncate(width, overflow="ellipsis")
        return clipped

    def set_lines(self, lines: list[Text], highlighted: int | None = None) -> None:
        self._full_lines = list(lines)
        self.set_options(self._clipped(line) for line in self._full_lines)
        if highlighted is not None and self._full_lines:
            self.highlighted = max(0, min(highlighted, len(self._full_lines) - 1))

    def replace_line(self, index: int, line: Text) -> None:
        if 0 <= index < len(self._full_lines):
            self._full_lines[index] = line
            self.replace_option_prompt_at_index(index, self._clipped(line))

    def on_resize(self) -> None:
        for index, line in enumerate(self._full_lines):
            self.replace_option_prompt_at_index(index, self._clipped(line))
