"""The quiet "Sparat hh:mm:ss" that tells the officer the store has every edit."""

from __future__ import annotations

import datetime as dt

from rich.text import Text
from textual import getters
from textual.widgets import Static

from workbench.tui.app import WorkbenchApp


class SaveStatus(Static):
    """Shows when the autosaver last wrote, or why it could not."""

    app = getters.app(WorkbenchApp)

    def on_mount(self) -> None:
        autosaver = self.app.autosaver
        autosaver.saved.subscribe(self, self._on_saved)
        if autosaver.last_saved is not None:
            self._on_saved(autosaver.last_saved)

    def _on_saved(self, when: dt.datetime | None) -> None:
        if when is None:
            self.update(
                Text(f"Kunde inte spara: {self.app.autosaver.last_error}", style="bold red")
            )
            self.add_class("-error")
        else:
            self.update(f"Sparat {when:%H:%M:%S}")
            self.remove_class("-error")
