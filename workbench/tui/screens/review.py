"""Granskning: the reviewer's pass over a response.

On the left the stops: an overview (the round, the changed case details), then the sections
with changes since the last version sent to review, with positions or with comments (`a`
shows every section). In the middle the stop's changes word by word, its positions as they
read, and the remiss's text. On the right its comments, to add to, answer and resolve. The
reviewer approves (`g`) or sends back with a message (`b`) from any stop.

The diff is computed in a thread worker with a Store of its own (a Store belongs to the
thread that opened it), so a long response opens at once; the stops gain the sections whose
only change is a removed position when it arrives.
"""

from __future__ import annotations

from rich.text import Text
from textual import getters, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.screen import Screen
from textual.widgets import OptionList, Static
from textual.worker import get_current_worker

from workbench.core.model import CommentThread, Section, Status
from workbench.errors import WorkbenchError
from workbench.review.diff import ResponseDiff
from workbench.review.workflow import StatusChange
from workbench.tui import navigation
from workbench.tui.app import WorkbenchApp
from workbench.tui.diff_text import fields_diff_text, section_diff_text
from workbench.tui.response_loading import LoadsResponse
from workbench.tui.screens.status import move_status
from workbench.tui.text_views import body_text, position_text, section_heading
from workbench.tui.widgets.clipped_list import ClippedOptionList
from workbench.tui.widgets.comment_panel import Anchor, CommentPanel
from workbench.tui.widgets.footer import WorkbenchFooter
from workbench.tui.widgets.header import WorkbenchHeader

OVERVIEW = "overview"  # the first stop: the round as a whole and the changed case details
OVERVIEW_HEADING = "Översikt: ärendeuppgifter och hela yttrandet"

StopKey = int | None | str  # OVERVIEW, None (Övergripande synpunkter) or a section id


class ReviewScreen(LoadsResponse, Screen):
    app = getters.app(WorkbenchApp)
    HELP = (
        "Granskning. Till vänster de avsnitt som har ändrats sedan förra granskningen, har"
        " ställningstaganden eller kommentarer (a visar alla avsnitt): Δ ändrat,"
        " ● ställningstaganden, ✎ öppna kommentarer. I mitten ändringarna ord för ord"
        " (tillagt understruket i grönt, borttaget överstruket i rött), ställningstagandena som"
        " de lyder och remissens text. Till höger kommentarerna: kommentera avsnittet eller ett"
        " markerat ställningstagande, svara, lös. Godkänn eller skicka tillbaka med ett"
        " meddelande när du är klar."
    )
    BINDINGS = [
        Binding("n,ctrl+n,ctrl+down", "next_stop", "Nästa", id="review.next"),
        # The footer fits 120 columns: Förra and Alla avsnitt are in the help and the palette.
        Binding("p,ctrl+b,ctrl+up", "previous_stop", "Förra", id="review.previous", show=False),
        Binding(
            "a",
            "toggle_all",
            "Alla avsnitt",
            id="review.all",
            show=False,
            tooltip="Växla mellan alla avsnitt och bara de ändrade, besvarade eller kommenterade",
        ),
        Binding(
            "k",
            "comment_section",
            "Kommentera",
            id="review.comment",
            tooltip="Kommentera avsnittet",
        ),
        Binding(
            "t",
            "comment_position",
            "Kommentera ställningstagandet",
            id="review.comment_position",
            show=False,
            tooltip="Kommentera det markerade ställningstagandet",
        ),
        Binding(
            "s", "reply", "Svara", id="review.reply", tooltip="Svara på den markerade kommentaren"
        ),
        Binding(
            "l",
            "resolve",
            "Lös",
            id="review.resolve",
            tooltip="Markera kommentaren som löst, eller öppna den igen",
        ),
        Binding("g", "approve", "Godkänn", id="review.approve"),
        Binding(
            "b",
            "send_back",
            "Skicka tillbaka",
            id="review.send_back",
            tooltip="Skicka tillbaka till handläggaren med ett meddelande",
        ),
        Binding("v", "versions", "Versioner", id="review.versions", show=False),
        Binding("h", "log", "Logg", id="review.log", show=False, tooltip="Vem gjorde vad, och när"),
        Binding(
            "e",
            "report",
            "Granskningsrapport",
            id="review.report",
            show=False,
            tooltip="Exportera kommentarerna och besluten som Markdown",
        ),
        Binding(
            "o",
            "workspace",
            "Öppna i arbetsytan",
            id="review.workspace",
            show=False,
            tooltip="Avsnittet i handläggarens arbetsyta",
        ),
        Binding("escape", "back", "Tillbaka", id="review.back"),
    ]

    def __init__(self, response_id: int, all_sections: bool = False) -> None:
        super().__init__()
        self.response_id = response_id
        self.all_sections = all_sections
        self.diff: ResponseDiff | None = None
        self.stops: list[StopKey] = []
        self.stop_index = 0
        self._covered = False

    # Loading

    def _load(self) -> None:
        store = self.app.store
        self.load_response()
        self.threads: dict[int | None, list[CommentThread]] = {}
        for thread in store.comment_threads(self.response_id):
            self.threads.setdefault(thread.section_id, []).append(thread)

    def compose(self) -> ComposeResult:
        self._load()
        yield WorkbenchHeader()
        with Horizontal(id="rv-panes"):
            yield ClippedOptionList(id="rv-stops", classes="side-list")
            with VerticalScroll(id="rv-content"):
                yield Static(id="rv-heading")
                yield Static(id="rv-diff", classes="rv-part")
                yield Static(id="rv-positions", classes="rv-part")
                yield Static(id="rv-body", classes="rv-part")
            yield CommentPanel(id="rv-comments")
        yield Static(id="rv-status", classes="status-bar")
        yield WorkbenchFooter()

    def on_mount(self) -> None:
        self._show_titles()
        self._build_stops(OVERVIEW)
        self.query_one("#rv-stops", OptionList).focus()
        self._load_diff()

    def _show_titles(self) -> None:
        self.title = f"Granskning: {self.organisation.name} – {self.remiss.title}"
        self.sub_title = f"{self.response.kind.label} · {self.response.status.label}"

    def _load_diff(self) -> None:
        path = self.app.store.path
        if path is None:  # an in-memory store cannot be opened from another thread
            from workbench.usecases.review import diff_response

            self._diff_loaded(diff_response(self.app.store, self.response_id))
        else:
            self._diff_worker(path)

    @work(thread=True, exclusive=True, group="review-diff")
    def _diff_worker(self, path) -> None:
        from workbench.usecases.review import diff_response

        worker = get_current_worker()
        try:
            with self.app.store.for_worker() as store:
                result = diff_response(store, self.response_id)
        except WorkbenchError as exc:
            self.app.call_from_thread(self.notify, str(exc), severity="error")
            return
        if not worker.is_cancelled:
            self.app.call_from_thread(self._diff_loaded, result)

    def _diff_loaded(self, result: ResponseDiff) -> None:
        if not self.is_attached:
            return
        self.diff = result
        self._build_stops(self.key)

    # The stops

    def _relevant(self, key: StopKey) -> bool:
        if key == OVERVIEW or self.all_sections:
            return True
        changed = self.diff.changed_section_ids if self.diff else set()
        return key in changed or bool(self.by_section.get(key)) or bool(self.threads.get(key))  # type: ignore[arg-type]

    def _build_stops(self, keep: StopKey) -> None:
        """List the stops again (after the diff arrived, or the mode changed), staying on
        `keep` when it is still a stop, else on the nearest stop before it."""
        keys: list[StopKey] = [OVERVIEW, None, *(s.id for s in self.sections)]
        self.stops = [key for key in keys if self._relevant(key)]
        if keep in self.stops:
            index = self.stops.index(keep)
        else:
            before = keys[: keys.index(keep)] if keep in keys else []
            index = max((self.stops.index(k) for k in before if k in self.stops), default=0)
        self.query_one("#rv-stops", ClippedOptionList).set_lines(
            [self._stop_line(key) for key in self.stops]
        )
        self.show_stop(index)

    def _stop_line(self, key: StopKey) -> Text:
        line = Text()
        if key == OVERVIEW:
            changed = bool(self.diff and self.diff.fields)
            line.append("Δ " if changed else "  ", style="yellow")
            line.append("Översikt", style="bold")
            return line
        changed = bool(self.diff and key in self.diff.changed_section_ids)
        line.append("Δ" if changed else " ", style="bold yellow")
        positions = self.by_section.get(key)  # type: ignore[arg-type]
        line.append("● " if positions else "○ ", style="green" if positions else "dim")
        section = self.section_by_id.get(key) if isinstance(key, int) else None
        if section is not None:
            line.append("  " * (section.level - 1))
        line.append(section_heading(section), style="bold" if key is None else "")
        open_count = sum(t.is_open for t in self.threads.get(key, []))  # type: ignore[arg-type]
        if open_count:
            line.append(f" ✎{open_count}", style="yellow")
        return line

    @property
    def key(self) -> StopKey:
        return self.stops[self.stop_index] if self.stops else OVERVIEW

    @property
    def section(self) -> Section | None:
        key = self.key
        return self.section_by_id.get(key) if isinstance(key, int) else None

    @property
    def section_id(self) -> int | None:
        """The section the comments of this stop go on (None: the response as a whole)."""
        key = self.key
        return key if isinstance(key, int) else None

    # Showing a stop

    def show_stop(self, index: int) -> None:
        self.stop_index = max(0, min(index, len(self.stops) - 1))
        stops = self.query_one("#rv-stops", ClippedOptionList)
        if stops.highlighted != self.stop_index:
            stops.highlighted = self.stop_index
        key = self.key
        if key == OVERVIEW:
            self._show_overview()
        else:
            self._show_section(key)  # type: ignore[arg-type]
        self.query_one("#rv-content", VerticalScroll).scroll_home(animate=False)
        self._show_comments()
        self._show_status()

    def _base_label(self) -> str:
        return self.diff.old_label if self.diff else "förra granskningen"

    def _show_overview(self) -> None:
        response = self.response
        heading = Text(OVERVIEW_HEADING, style="bold")
        self.query_one("#rv-heading", Static).update(heading)
        summary = Text()
        summary.append(f"{self.organisation.name} – {self.remiss.title}\n", style="bold")
        summary.append(f"Status: {response.status.label}")
        if response.our_dnr:
            summary.append(f" · vårt dnr {response.our_dnr}")
        if self.remiss.sender_dnr:
            summary.append(f" · ert dnr {self.remiss.sender_dnr}")
        open_count = sum(t.is_open for threads in self.threads.values() for t in threads)
        if self.diff is None:
            summary.append("\nJämför med förra granskningen …", style="dim italic")
        else:
            sections = len(self.diff.sections)
            summary.append(
                f"\nJämfört med {self.diff.old_label}: {sections} avsnitt ändrade,"
                f" {open_count} öppna kommentarer."
            )
        self.query_one("#rv-diff", Static).update(summary)
        fields = fields_diff_text(self.diff.fields, self.diff.old_label) if self.diff else Text("")
        self.query_one("#rv-positions", Static).update(fields)
        self.query_one("#rv-body", Static).update(
            Text(
                "n går till nästa avsnitt att granska, a visar alla avsnitt. Kommentarer här"
                " gäller yttrandet som helhet.",
                style="dim",
            )
        )

    def _show_section(self, key: int | None) -> None:
        section = self.section_by_id.get(key) if key is not None else None
        self.query_one("#rv-heading", Static).update(Text(section_heading(section), style="bold"))
        if self.diff is None:
            changes = Text("Jämför med förra granskningen …", style="dim italic")
        else:
            changes = section_diff_text(self.diff.for_section(key), self.diff.old_label)
        self.query_one("#rv-diff", Static).update(changes)
        positions = self.by_section.get(key, [])
        shown = Text()
        shown.append(f"Ställningstaganden ({len(positions)})", style="bold")
        if not positions:
            shown.append("\nInga.", style="dim")
        for number, position in enumerate(positions, start=1):
            shown.append(f"\n{number}. ", style="dim")
            shown.append_text(
                position_text(
                    position, self.vocabulary, self.organisation.subject_phrase, key is None
                )
            )
        self.query_one("#rv-positions", Static).update(shown)
        body = Text()
        if section is not None and section.body.strip():
            body.append("Remissens text\n", style="bold")
            body.append_text(body_text(section.body))
            body.stylize("dim", len("Remissens text\n"))
        self.query_one("#rv-body", Static).update(body)

    def _show_comments(self) -> None:
        key = self.key
        section_id = self.section_id
        heading = "yttrandet som helhet" if key in (OVERVIEW, None) else self.section.heading  # type: ignore[union-attr, unused-ignore]
        anchor = Anchor(
            self.response_id,
            section_id,
            heading,
            self.vocabulary,
            self.organisation.subject_phrase,
        )
        positions = [] if key == OVERVIEW else self.by_section.get(section_id, [])
        self.query_one("#rv-comments", CommentPanel).show(
            anchor, positions, self.threads.get(section_id, [])
        )

    def _show_status(self) -> None:
        mode = "alla avsnitt" if self.all_sections else "ändrade, besvarade och kommenterade"
        self.query_one("#rv-status", Static).update(
            f"Granskar som {self.app.user} · stopp {self.stop_index + 1} av {len(self.stops)}"
            f" · {mode} (a växlar)"
        )

    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        if event.option_list.id == "rv-stops":
            event.stop()
            if event.option_index != self.stop_index:
                self.show_stop(event.option_index)

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        if event.option_list.id == "rv-stops":
            event.stop()
            self.query_one("#rv-comments", CommentPanel).items.focus()

    def on_comment_panel_changed(self, event: CommentPanel.Changed) -> None:
        event.stop()
        panel = self.query_one("#rv-comments", CommentPanel)
        self.threads[event.section_id] = list(panel.threads)
        stops = self.query_one("#rv-stops", ClippedOptionList)
        for index, key in enumerate(self.stops):
            if key == event.section_id or (event.section_id is None and key == OVERVIEW):
                stops.replace_line(index, self._stop_line(key))

    # Actions

    def action_next_stop(self) -> None:
        if self.stop_index + 1 >= len(self.stops):
            self.notify("Sista avsnittet att granska. Godkänn (g) eller skicka tillbaka (b).")
            return
        self.show_stop(self.stop_index + 1)

    def action_previous_stop(self) -> None:
        self.show_stop(self.stop_index - 1)

    def action_toggle_all(self) -> None:
        self.all_sections = not self.all_sections
        self._build_stops(self.key)
        self.notify("Alla avsnitt visas." if self.all_sections else "Bara avsnitt att granska.")

    def action_comment_section(self) -> None:
        self.query_one("#rv-comments", CommentPanel).comment_section()

    def action_comment_position(self) -> None:
        self.query_one("#rv-comments", CommentPanel).comment_position()

    def action_reply(self) -> None:
        self.query_one("#rv-comments", CommentPanel).reply()

    def action_resolve(self) -> None:
        self.query_one("#rv-comments", CommentPanel).toggle_resolved()

    def action_approve(self) -> None:
        move_status(self.app, self.response_id, Status.GODKAND, self._moved)

    def action_send_back(self) -> None:
        move_status(self.app, self.response_id, Status.ATERGIVEN, self._moved)

    def _moved(self, change: StatusChange) -> None:
        self.response.status = change.transition.to_status
        self._show_titles()

    def action_versions(self) -> None:
        navigation.open_versions(self.app, self.response_id)

    def action_log(self) -> None:
        navigation.open_log(self.app, self.response_id)

    def action_report(self) -> None:
        navigation.open_report(self.app, self.response_id)

    def action_workspace(self) -> None:
        navigation.open_workspace(self.app, self.response_id, self.section_id)

    def on_screen_suspend(self) -> None:
        self._covered = True

    def on_screen_resume(self) -> None:
        # The officer's workspace, a restore or a status change may have changed the case
        # while another screen was on top (a screen is also "resumed" when first shown).
        if not self._covered:
            return
        self._covered = False
        key = self.key
        self._load()
        self._show_titles()
        self._build_stops(key)
        self._load_diff()

    def action_back(self) -> None:
        focused = self.focused
        stops = self.query_one("#rv-stops", OptionList)
        if focused is not None and focused is not stops:
            stops.focus()
            return
        self.app.pop_screen()
