"""The position's text area, with misspelled words and words to avoid marked as you type.

The marks are TextArea highlights, rebuilt at every edit as the TextArea rebuilds its own. Each
line is checked through `LanguageChecker.marks`, which caches by the line's text (and the
dictionary by word): an edit re-checks only the line it changed. The word being typed is not
marked until the cursor leaves it.
"""

from __future__ import annotations

from rich.style import Style
from textual.widgets import TextArea

SPELLING_STYLE = Style(color="red", underline=True, bold=True)
AVOID_STYLE = Style(color="yellow", underline=True)
STYLES = {"lang.spelling": SPELLING_STYLE, "lang.avoid": AVOID_STYLE}
MAX_CHECKED = 50_000  # characters of a text checked at each edit


class CheckedTextArea(TextArea):
    """A TextArea that marks what the language checker finds in its text."""

    # Class defaults: TextArea builds its highlights while it is still being constructed.
    checker = None  # a LanguageChecker once the dictionary has loaded
    marks: list[tuple[int, int, int, str]] = []  # (row, start, end, kind), columns in chars

    @staticmethod
    def is_ignored(kind: str, text: str) -> bool:
        """Replaced by the screen: whether "ignorera här" put this aside in the position."""
        return False

    @staticmethod
    def edited() -> None:
        """Replaced by the screen: the text changed while there is no checker yet."""

    def set_checker(self, checker) -> None:
        self.checker = checker
        self.recheck()

    def recheck(self) -> None:
        self._build_highlight_map()
        self.refresh()

    def _set_theme(self, theme: str) -> None:
        super()._set_theme(theme)
        self._theme.syntax_styles = {**self._theme.syntax_styles, **STYLES}

    def _build_highlight_map(self) -> None:
        super()._build_highlight_map()
        self.marks = []
        checker = self.checker
        if checker is None:
            self.edited()
            return
        cursor_row, cursor_column = self.cursor_location
        highlights = self._highlights
        lines = self.document.lines
        # A text far beyond any remissvar (a pasted book) is checked only where it is edited.
        rows = range(len(lines))
        if sum(len(line) for line in lines) > MAX_CHECKED:
            rows = [cursor_row] if len(lines[cursor_row]) <= MAX_CHECKED else []
        for row in rows:
            line = lines[row]
            if not line.strip():
                continue
            encoded = None
            for start, end, kind in checker.marks(line):
                if row == cursor_row and end == cursor_column and self.has_focus:
                    continue  # the word being typed
                if self.is_ignored(kind, line[start:end]):
                    continue
                self.marks.append((row, start, end, kind))
                if encoded is None:
                    encoded = line
                highlights[row].append(
                    (
                        len(encoded[:start].encode("utf-8")),
                        len(encoded[:end].encode("utf-8")),
                        f"lang.{kind}",
                    )
                )

    def next_mark(self) -> tuple[int, int, int, str] | None:
        """The first mark after the cursor, else the first one (wrapping round)."""
        if not self.marks:
            return None
        here = self.selection.end
        for mark in self.marks:
            if (mark[0], mark[1]) > (here[0], here[1]) or (
                (mark[0], mark[1]) == tuple(here) and self.selection.is_empty
            ):
                return mark
        return self.marks[0]
