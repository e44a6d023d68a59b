"""Förslag: earlier positions on the sections most like the one being written
(`Store.similar_positions`), ready to take in.

The search runs in a thread worker with a Store of its own (a Store belongs to the thread that
opened it), a moment after the officer stops on a section, so stepping never waits for it;
a newer section cancels the older search. Enter on a suggestion posts `Chosen`.
"""

from __future__ import annotations

from pathlib import Path

from rich.text import Text
from textual import getters, work
from textual.app import ComposeResult
from textual.containers import Vertical, VerticalScroll
from textual.message import Message
from textual.timer import Timer
from textual.widgets import OptionList, Static
from textual.worker import get_current_worker

from workbench.core.model import SearchHit
from workbench.core.stances import builtin_vocabulary, verb_for
from workbench.errors import WorkbenchError
from workbench.tui.app import WorkbenchApp
from workbench.tui.hit_text import GENERAL_SHORT, where
from workbench.tui.widgets.clipped_list import ClippedOptionList

DELAY = 0.15  # seconds on a section before its suggestions are looked up
LIMIT = 10


class SuggestionPane(Vertical):
    app = getters.app(WorkbenchApp)

    class Chosen(Message):
        """The officer took a suggestion in (Enter)."""

        def __init__(self, hit: SearchHit) -> None:
            super().__init__()
            self.hit = hit

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.hits: list[SearchHit] = []
        self.section_id: int | None = None
        self._timer: Timer | None = None
        self.verbs = {stance.key: stance.verb for stance in builtin_vocabulary()}

    def compose(self) -> ComposeResult:
        yield Static("", id="sg-title", classes="pane-title")
        yield ClippedOptionList(id="sg-list")
        with VerticalScroll(id="sg-preview-box"):
            yield Static("", id="sg-preview")

    @property
    def listing(self) -> ClippedOptionList:
        return self.query_one("#sg-list", ClippedOptionList)

    def load(self, section_id: int | None, response_id: int, store_path: Path | None) -> None:
        """Look up the suggestions for `section_id` shortly (None: the remiss as a whole,
        which has no text to compare)."""
        if self._timer is not None:
            self._timer.stop()
            self._timer = None
        if section_id == self.section_id and self.hits:
            return
        self.section_id = section_id
        if section_id is None:
            self._show([], "Förslag ges för remissens avsnitt.")
            return
        self.query_one("#sg-title", Static).update(
            Text("Förslag: letar efter liknande avsnitt …", style="dim italic")
        )

        def look_up() -> None:
            self._timer = None
            if store_path is None:  # an in-memory store cannot be opened from a thread
                self._show(*similar(self.app.store, section_id, response_id))
            else:
                self._look_up(section_id, response_id, store_path)

        self._timer = self.app.debounced(self, DELAY, look_up)

    @work(thread=True, exclusive=True, group="suggestions")
    def _look_up(self, section_id: int, response_id: int, store_path: Path) -> None:

        worker = get_current_worker()
        with self.app.store.for_worker() as store:
            hits, problem = similar(store, section_id, response_id)
        if not worker.is_cancelled:
            self.app.call_from_thread(self._shown_for, section_id, hits, problem)

    def _shown_for(self, section_id: int, hits: list[SearchHit], problem: str) -> None:
        if self.is_attached and section_id == self.section_id:
            self._show(hits, problem)

    def _show(self, hits: list[SearchHit], problem: str = "") -> None:
        self.hits = hits
        title = Text("Förslag ", style="bold")
        if problem:
            title.append(problem, style="dim")
        elif hits:
            title.append(f"({len(hits)}): tidigare ställningstaganden på liknande avsnitt")
            title.append(" · Enter tar in texten, Ctrl+T som nytt", style="dim")
        else:
            title.append("Inga tidigare ställningstaganden på liknande avsnitt.", style="dim")
        self.query_one("#sg-title", Static).update(title)
        lines = []
        for hit in hits:
            # Short, so the text shows in a narrow pane; the preview below tells the rest.
            line = Text()
            line.append(hit.organisation, style="bold")
            line.append(f" {hit.section or GENERAL_SHORT} ", style="dim")
            line.append(verb_for(hit, self.verbs), style="italic")
            line.append(" ")
            line.append(" ".join(hit.text.split()))
            lines.append(line)
        self.listing.set_lines(lines, 0 if lines else None)
        self._show_preview()

    @property
    def selected(self) -> SearchHit | None:
        index = self.listing.highlighted
        if index is None or not 0 <= index < len(self.hits):
            return None
        return self.hits[index]

    def _show_preview(self) -> None:
        hit = self.selected
        shown = Text()
        if hit is not None:
            shown = where(hit, self.verbs)
            shown.append("\n")
            shown.append(hit.text)
        self.query_one("#sg-preview", Static).update(shown)

    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        event.stop()
        self._show_preview()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        hit = self.selected
        if hit is not None:
            self.post_message(self.Chosen(hit))


def similar(store, section_id: int, response_id: int) -> tuple[list[SearchHit], str]:
    try:
        hits = store.similar_positions(section_id, exclude_response_id=response_id, limit=LIMIT)
    except WorkbenchError as exc:
        return [], str(exc)
    return hits, ""
