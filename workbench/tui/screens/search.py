"""Sök: full-text search over every position of every response (and the remisses' text),
opened from anywhere with Ctrl+F.

Results come as you type: the search runs in a thread worker with a Store of its own (a Store
belongs to the thread that opened it), a moment after the last key, the last word taken as a
prefix. Filters narrow it to an organisation, a stance, a remiss, a status or a date range.
Enter opens a hit in its context; from the workspace, Ctrl+Y puts the hit's text into the
position being written and Ctrl+T adds it as a new position with its stance and verb.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from rich.text import Text
from textual import getters, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.timer import Timer
from textual.widgets import Input, OptionList, Select, Static
from textual.worker import get_current_worker

from workbench.core.model import SearchHit, Status
from workbench.core.stances import builtin_vocabulary
from workbench.errors import WorkbenchError
from workbench.tui.app import WorkbenchApp
from workbench.tui.hit_text import hit_lines, marked, where
from workbench.tui.widgets.footer import WorkbenchFooter

SEARCH_DELAY = 0.2  # seconds of quiet before searching
LIMIT = 50
OPEN, INSERT, NEW = "open", "insert", "new"
ALL = ""  # the value of every filter's "all" choice
KIND_CHOICES = [
    ("Ställningstaganden", "position"),
    ("Remisstext", "section"),
    ("Båda", "both"),
]


@dataclass
class SearchChoice:
    """What the officer chose to do with a hit: open it, insert its text, add it as new."""

    action: str
    hit: SearchHit


@dataclass
class Filters:
    organisation: int | None = None
    stance: str | None = None
    remiss_id: int | None = None
    status: str | None = None
    date_from: str = ""
    date_to: str = ""
    kinds: tuple[str, ...] = ("position",)


SHORT_ROWS = 32  # below this height the preview gives way to more hits


class SearchScreen(ModalScreen[SearchChoice | None]):
    app = getters.app(WorkbenchApp)
    HELP = (
        "Sök i alla ställningstaganden (och remissernas text). Ord hittas i alla sina former"
        " (”tillstyrka” hittar ”tillstyrker”), ”citattecken” söker en fras och det sista ordet"
        " räcks som början medan du skriver. Filtren begränsar till organisation, hållning,"
        " remiss, status och datum (ÅÅÅÅ-MM-DD). Enter öppnar träffen i sitt sammanhang; från"
        " arbetsytan tar Ctrl+Y in texten i ställningstagandet du skriver och Ctrl+T lägger"
        " till den som ett nytt ställningstagande."
    )
    BINDINGS = [
        Binding("escape", "close", "Stäng", id="search.close"),
        Binding(
            "ctrl+y",
            "choose('insert')",
            "Infoga",
            id="search.insert",
            tooltip="Ta in texten i ställningstagandet du skriver",
        ),
        Binding(
            "ctrl+t",
            "choose('new')",
            "Som nytt",
            id="search.new",
            tooltip="Lägg till som nytt ställningstagande, med hållning och verb",
        ),
        Binding("down", "focus_hits", "Till träffarna", id="search.hits", show=False),
    ]

    def __init__(
        self,
        store_path: Path | None,
        query: str = "",
        editing: bool = False,
        kinds: tuple[str, ...] = ("position",),
    ) -> None:
        super().__init__()
        self.store_path = store_path
        self.query_text = query
        self.editing = editing
        self.initial_kinds = kinds
        self.hits: list[SearchHit] = []
        self._timer: Timer | None = None

    # Building

    def compose(self) -> ComposeResult:
        store = self.app.store
        organisations = store.list_organisations()
        self.verbs = {stance.key: stance.verb for stance in builtin_vocabulary()}
        stance_choices = [(stance.display, stance.key) for stance in builtin_vocabulary()]
        for organisation in organisations:
            for stance in organisation.stances:
                if stance.key not in self.verbs:
                    self.verbs[stance.key] = stance.verb
                    stance_choices.append((stance.display, stance.key))
        kind_value = "both" if len(self.initial_kinds) > 1 else self.initial_kinds[0]
        with Vertical(id="search-box", classes="dialog"):
            with Horizontal(id="search-head"):
                yield Static("Sök formuleringar", classes="dialog-title")
                yield Static("", id="search-count")
            yield Input(
                self.query_text,
                placeholder="ord ur texten, t.ex. kompetensförsörjning (”fras”, ord*)",
                id="search-query",
                compact=True,
            )
            with Horizontal(id="search-filters"):
                yield Select(
                    [("Alla organisationer", ALL), *((o.name, o.id) for o in organisations)],
                    value=ALL,
                    allow_blank=False,
                    id="search-organisation",
                    compact=True,
                )
                yield Select(
                    [("Alla hållningar", ALL), *stance_choices],
                    value=ALL,
                    allow_blank=False,
                    id="search-stance",
                    compact=True,
                )
                yield Select(
                    [("Alla statusar", ALL), *((s.label, s.value) for s in Status)],
                    value=ALL,
                    allow_blank=False,
                    id="search-status",
                    compact=True,
                )
            with Horizontal(id="search-filters-2"):
                yield Select(
                    [("Alla remisser", ALL), *((r.title, r.id) for r in store.list_remisses())],
                    value=ALL,
                    allow_blank=False,
                    id="search-remiss",
                    compact=True,
                )
                yield Select(
                    KIND_CHOICES,
                    value=kind_value,
                    allow_blank=False,
                    id="search-kinds",
                    compact=True,
                )
                yield Input(placeholder="från ÅÅÅÅ-MM-DD", id="search-from", compact=True)
                yield Input(placeholder="till ÅÅÅÅ-MM-DD", id="search-to", compact=True)
            yield OptionList(id="search-hits")
            with VerticalScroll(id="search-preview-box"):
                yield Static("", id="search-preview")
        yield WorkbenchFooter()

    def on_resize(self) -> None:
        # A terminal of 24 rows holds one hit beside the preview: the hits take its place.
        self.set_class(self.size.height < SHORT_ROWS, "-short")

    def on_mount(self) -> None:
        self.query_one("#search-query", Input).focus()
        self._search_now()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "choose" and parameters and parameters[0] in (INSERT, NEW):
            return self.editing  # only offered while a position is being written
        return True

    # Searching

    def filters(self) -> Filters:
        def chosen(select_id: str):
            value = self.query_one(select_id, Select).value
            return None if value in (ALL, Select.NULL) else value

        kinds = self.query_one("#search-kinds", Select).value
        return Filters(
            organisation=chosen("#search-organisation"),
            stance=chosen("#search-stance"),
            remiss_id=chosen("#search-remiss"),
            status=chosen("#search-status"),
            date_from=self.query_one("#search-from", Input).value.strip(),
            date_to=self.query_one("#search-to", Input).value.strip(),
            kinds=("position", "section") if kinds == "both" else (str(kinds),),
        )

    def on_input_changed(self, event: Input.Changed) -> None:
        event.stop()
        self._search_soon()

    def on_select_changed(self, event: Select.Changed) -> None:
        event.stop()
        self._search_soon()

    def _search_soon(self) -> None:
        if self._timer is not None:
            self._timer.stop()
        self._timer = self.app.debounced(self, SEARCH_DELAY, self._search_now)

    def _search_now(self) -> None:
        self._timer = None
        text = self.query_one("#search-query", Input).value
        if not text.strip():
            self._show([], "Skriv ett eller flera ord att söka efter.")
            return
        filters = self.filters()
        if self.store_path is None:  # an in-memory store cannot be opened from a thread
            self._show(*search(self.app.store, text, filters))
        else:
            self.run_search(text, filters)

    @work(thread=True, exclusive=True, group="search")
    def run_search(self, text: str, filters: Filters) -> None:

        worker = get_current_worker()
        with self.app.store.for_worker() as store:
            hits, problem = search(store, text, filters)
        if not worker.is_cancelled:
            self.app.call_from_thread(self._show, hits, problem)

    def _show(self, hits: list[SearchHit], problem: str = "") -> None:
        if not self.is_attached:
            return
        self.hits = hits
        listing = self.query_one("#search-hits", OptionList)
        listing.set_options(hit_lines(hit, self.verbs) for hit in hits)
        if hits:
            listing.highlighted = 0
        count = self.query_one("#search-count", Static)
        if problem:
            count.update(Text(problem, style="bold red" if not hits else ""))
        else:
            noun = "träff" if len(hits) == 1 else "träffar"
            best = " (de bästa)" if len(hits) >= LIMIT else ""
            count.update(f"{len(hits)} {noun}{best}" if hits else "Inga träffar")
        self._show_preview()

    def _show_preview(self) -> None:
        hit = self.selected
        preview = self.query_one("#search-preview", Static)
        if hit is None:
            preview.update("")
            return
        text = where(hit, self.verbs)
        text.append("\n")
        text.append_text(marked(hit.text, hit.matches))
        preview.update(text)
        self.query_one("#search-preview-box", VerticalScroll).scroll_home(animate=False)

    @property
    def selected(self) -> SearchHit | None:
        index = self.query_one("#search-hits", OptionList).highlighted
        if index is None or not 0 <= index < len(self.hits):
            return None
        return self.hits[index]

    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        event.stop()
        self._show_preview()

    # Choosing

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        if event.input.id == "search-query":
            self.action_focus_hits()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.action_choose(OPEN)

    def action_focus_hits(self) -> None:
        listing = self.query_one("#search-hits", OptionList)
        if self.hits:
            listing.focus()
            if listing.highlighted is None:
                listing.highlighted = 0

    def focus_query(self) -> None:
        self.query_one("#search-query", Input).focus()

    def action_choose(self, action: str) -> None:
        hit = self.selected
        if hit is None:
            self.notify("Ingen träff är markerad.", severity="warning")
            return
        if action in (INSERT, NEW) and hit.kind != "position":
            self.notify("Bara ställningstaganden kan tas in i texten.", severity="warning")
            return
        self.dismiss(SearchChoice(action, hit))

    def action_close(self) -> None:
        self.dismiss(None)


def search(store, text: str, filters: Filters) -> tuple[list[SearchHit], str]:
    """The hits for `text` under `filters`, or none and why (a bad date, an unknown value)."""
    try:
        hits = store.search(
            text,
            organisation=filters.organisation,
            stance=filters.stance,
            remiss_id=filters.remiss_id,
            status=filters.status,
            date_from=_date(filters.date_from),
            date_to=_date(filters.date_to),
            kinds=filters.kinds,
            limit=LIMIT,
            prefix_last=True,
        )
    except WorkbenchError as exc:
        return [], f"{exc}"
    return hits, ""


def _date(value: str) -> str | None:
    """A date filter as typed; a half-typed one ("2024-0") is left out until it is whole."""
    if not value:
        return None
    try:
        dt.date.fromisoformat(value)
    except ValueError:
        if len(value) < 10:
            return None
    return value
