"""Sök formuleringar: full-text search over every position of every response, to reuse an
earlier wording. The search runs in a thread worker with a Store of its own (a Store belongs
to the thread that opened it), as you type; Enter takes the highlighted position's text."""

from __future__ import annotations

from pathlib import Path

from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, OptionList, Static
from textual.worker import get_current_worker

from workbench.model import SearchHit

SEARCH_DELAY = 0.2  # seconds of quiet before searching


class ReuseScreen(ModalScreen[SearchHit | None]):
    BINDINGS = [
        Binding("escape", "cancel", "Stäng", id="reuse.cancel"),
        Binding("down", "focus_hits", "Till träffarna", id="reuse.hits", show=False),
    ]

    def __init__(self, store_path: Path, query: str = "") -> None:
        super().__init__()
        self.store_path = store_path
        self.query_text = query
        self.hits: list[SearchHit] = []
        self._timer = None

    def compose(self) -> ComposeResult:
        with Vertical(id="reuse-box", classes="dialog"):
            yield Static("Sök tidigare formuleringar", classes="dialog-title")
            yield Input(
                self.query_text,
                placeholder="ord ur texten, t.ex. innovation forskning",
                id="reuse-query",
                compact=True,
            )
            yield Static("", id="reuse-count")
            yield OptionList(id="reuse-hits")
            yield Static(
                "↓ till träffarna · Enter tar texten in i ställningstagandet · Esc stänger",
                id="reuse-hint",
            )

    def on_mount(self) -> None:
        self.query_one("#reuse-query", Input).focus()
        if self.query_text:
            self.search(self.query_text)

    def on_input_changed(self, event: Input.Changed) -> None:
        if self._timer is not None:
            self._timer.stop()
        self._timer = self.set_timer(SEARCH_DELAY, lambda: self.search(event.value))

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self._take(0)

    @work(thread=True, exclusive=True, group="reuse")
    def search(self, text: str) -> None:
        from workbench.store import open_store

        worker = get_current_worker()
        with open_store(self.store_path) as store:
            # Positions only (a section of a remiss is not a wording to reuse); the last word
            # is a prefix, since the search runs while the officer is still typing it.
            hits = (
                store.search(text, kinds=("position",), limit=40, prefix_last=True)
                if text.strip()
                else []
            )
        if not worker.is_cancelled:
            self.app.call_from_thread(self._show, hits)

    def _show(self, hits: list[SearchHit]) -> None:
        self.hits = hits
        listing = self.query_one("#reuse-hits", OptionList)
        listing.set_options(_line(hit) for hit in hits)
        count = self.query_one("#reuse-count", Static)
        count.update(f"{len(hits)} träffar" if hits else "Inga träffar")

    def action_focus_hits(self) -> None:
        listing = self.query_one("#reuse-hits", OptionList)
        if self.hits:
            listing.focus()
            listing.highlighted = listing.highlighted or 0

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self._take(event.option_index)

    def _take(self, index: int) -> None:
        if 0 <= index < len(self.hits):
            self.dismiss(self.hits[index])

    def action_cancel(self) -> None:
        self.dismiss(None)


def _line(hit: SearchHit) -> Text:
    line = Text()
    line.append(hit.organisation, style="bold")
    where = hit.section or "övergripande"
    line.append(f" · {hit.remiss_title} · {where} · {hit.stance}\n", style="dim")
    # The snippet marks the matched words with [ ]; show them bold instead.
    for index, part in enumerate(hit.snippet.replace("]", "[").split("[")):
        line.append(part, style="bold yellow" if index % 2 else "")
    return line
