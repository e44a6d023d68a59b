"""A file path input that completes as you type: the rest of the first match is suggested
(greyed), and Tab or → takes it. Folders complete with a trailing slash, so Tab again goes on
into them. Only folders and the file types asked for are suggested."""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

from textual.binding import Binding
from textual.suggester import Suggester
from textual.widgets import Input


def expand(value: str) -> Path:
    return Path(os.path.expanduser(value.strip())) if value.strip() else Path.cwd()


def matches(value: str, suffixes: Iterable[str]) -> list[str]:
    """Completions of `value` (as typed, `~` kept): folders first, then files, by name."""
    wanted = {suffix.lower() for suffix in suffixes}
    typed = value if value else ""
    folder_part, _, prefix = typed.rpartition("/")
    base = os.path.expanduser(folder_part + "/") if "/" in typed else "."
    try:
        entries = list(os.scandir(base))
    except OSError:
        return []
    found: list[tuple[int, str]] = []
    for entry in entries:
        if entry.name.startswith(".") and not prefix.startswith("."):
            continue
        if not entry.name.casefold().startswith(prefix.casefold()):
            continue
        try:
            is_dir = entry.is_dir()
        except OSError:
            continue
        if not is_dir and Path(entry.name).suffix.lower() not in wanted:
            continue
        shown = (folder_part + "/" if "/" in typed else "") + entry.name + ("/" if is_dir else "")
        found.append((0 if is_dir else 1, shown))
    return [shown for _, shown in sorted(found, key=lambda item: (item[0], item[1].casefold()))]


class PathSuggester(Suggester):
    def __init__(self, suffixes: Iterable[str]) -> None:
        super().__init__(use_cache=False, case_sensitive=True)
        self.suffixes = tuple(suffixes)

    async def get_suggestion(self, value: str) -> str | None:
        if not value:
            return None
        found = matches(value, self.suffixes)
        return found[0] if found else None


class PathInput(Input):
    BINDINGS = [
        Binding("tab", "complete", "Komplettera", id="path.complete", show=False),
    ]

    def __init__(self, suffixes: Iterable[str], **kwargs) -> None:
        self.suggester: PathSuggester
        super().__init__(suggester=PathSuggester(suffixes), **kwargs)

    def action_complete(self) -> None:
        """Take the first completion of what is typed now (the greyed suggestion arrives
        from a worker and may be a key behind); with none, Tab moves on as usual."""
        found = matches(self.value, self.suggester.suffixes) if self.value else []
        if found and found[0] != self.value:
            self.value = found[0]
            self.cursor_position = len(self.value)
        else:
            self.screen.focus_next()
