"""Arbetsyta: step through the remiss section by section and write the positions.

Three panes: the section tree with its markers, the section's text (or the live preview, and
below it the suggestions when shown), and the section's positions with the editor. The stepping
keys are priority bindings, so they work while the officer is typing. Every edit goes to the
autosaver as it happens; a new position is stored at its first keystroke.
"""

from __future__ import annotations

from functools import partial, wraps
from typing import TYPE_CHECKING

from rich.text import Text
from textual import events, getters
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import Screen
from textual.widgets import ContentSwitcher, ProgressBar, Static, Tree

from workbench.core.drafting import GENERAL_TITLE_KEY, Coverage, NoComments, ResponseDraft
from workbench.core.format import reply_by_text
from workbench.core.model import CommentThread, Position, SearchHit, Section
from workbench.core.stances import NO_COMMENTS
from workbench.document.case_fields import missing_for_export
from workbench.document.compose import SECTION, compose
from workbench.review.workflow import READ_ONLY, READ_ONLY_MESSAGE, StatusChange
from workbench.tui import navigation
from workbench.tui.app import WorkbenchApp

if TYPE_CHECKING:
    from workbench.store import Store
from workbench.tui.concurrent import keeps_running, save_edit
from workbench.tui.preview import preview_chunks
from workbench.tui.response_loading import LoadsResponse
from workbench.tui.screens.language import LanguageActions
from workbench.tui.text_views import comments_text, section_heading, section_text
from workbench.tui.widgets.footer import WorkbenchFooter
from workbench.tui.widgets.header import WorkbenchHeader
from workbench.tui.widgets.position_editor import PositionEditor
from workbench.tui.widgets.position_list import PositionList
from workbench.tui.widgets.preview_pane import PreviewBox, PreviewKeys, PreviewPane
from workbench.tui.widgets.save_status import SaveStatus
from workbench.tui.widgets.section_tree import SectionTree
from workbench.tui.widgets.suggestions import SuggestionPane

GENERAL_HINT = (
    "Ställningstaganden om remissen som helhet, utanför dess avsnitt. "
    "De kommer först bland ställningstagandena."
)
PREVIEW_DELAY = 0.25  # seconds of quiet before the preview is drawn again


def after_typed_keys(action):
    """Run a workspace action once the text area has taken the keys typed before it.

    The workspace's keys are priority bindings (they work while typing), and a priority
    binding runs as its key arrives, before keys that came just before it in the same burst
    (a paste, a fast typist over ssh) have reached the text area; without this, those keys
    would land in the position shown next.
    """

    @wraps(action)
    def deferred(self, *args) -> None:
        self.editor.text_area.call_later(action, self, *args)

    return deferred


class WorkspaceScreen(LoadsResponse, LanguageActions, Screen):
    app = getters.app(WorkbenchApp)
    HELP = (
        "Arbetsytan. Till vänster remissens avsnitt: ● besvarat, – inga synpunkter,"
        " ◦ besvarat i underavsnitt, ○ obesvarat, ✎ öppna kommentarer."
        " I mitten avsnittets text (F2 visar i stället"
        " hela yttrandet som det kommer att läsas; Ctrl+R visar under den tidigare"
        " ställningstaganden på liknande avsnitt). Till höger avsnittets ställningstaganden:"
        " välj hållning (Ctrl+E: skriv för att söka bland verben), fortsätt meningen efter"
        " den kursiva inledningen.\n"
        "F6 visar avsnittets kommentarer från granskningen (svara, lös), F7 ändrar status"
        " (skicka för granskning, öppna igen), F10 visar versionerna och F12 loggen."
        " Ctrl+F (eller / utanför textfälten) söker i alla tidigare ställningstaganden.\n"
        "Ctrl-tangenterna fungerar också medan du skriver. I texten: tom rad mellan stycken,"
        " *kursiv*, rader som börjar med ”- ” blir en punktlista."
    )
    AUTO_FOCUS = None  # on_mount puts the cursor in the text of the section it opens on
    BINDINGS = [
        # Priority: these work while the officer is typing in the editor.
        Binding(
            "ctrl+n,ctrl+down",
            "next_section",
            "Nästa",
            id="ws.next",
            priority=True,
            tooltip="Nästa avsnitt (också Ctrl+↓)",
        ),
        Binding(
            "ctrl+b,ctrl+up",
            "previous_section",
            "Förra",
            id="ws.previous",
            priority=True,
            tooltip="Föregående avsnitt (också Ctrl+↑)",
        ),
        Binding(
            "ctrl+o",
            "next_unanswered",
            "Obesvarat",
            id="ws.next_unanswered",
            priority=True,
            tooltip="Nästa avsnitt som saknar ställningstagande",
        ),
        Binding(
            "ctrl+g",
            "no_comments",
            "Inga synpunkter",
            id="ws.no_comments",
            priority=True,
            tooltip="Markera avsnittet ”inga synpunkter” och gå till nästa",
        ),
        Binding(
            "ctrl+e",
            "pick_stance",
            "Hållning",
            id="ws.stance",
            priority=True,
            tooltip="Välj hållning: skriv för att söka bland verben, Enter tar den",
        ),
        Binding(
            "ctrl+t",
            "new_position",
            "Nytt",
            id="ws.new_position",
            priority=True,
            tooltip="Nytt ställningstagande i avsnittet",
        ),
        Binding(
            "ctrl+l",
            "toggle_summary",
            "I sammanfattningen",
            id="ws.summary",
            priority=True,
            show=False,
            tooltip="Ta med ställningstagandet i sammanfattningen, eller ta bort det därifrån",
        ),
        Binding(
            "alt+up",
            "move_position(-1)",
            "Flytta upp",
            id="ws.move_up",
            priority=True,
            show=False,
            tooltip="Flytta ställningstagandet före det förra i avsnittet",
        ),
        Binding(
            "alt+down",
            "move_position(1)",
            "Flytta ner",
            id="ws.move_down",
            priority=True,
            show=False,
            tooltip="Flytta ställningstagandet efter nästa i avsnittet",
        ),
        Binding(
            "f8",
            "delete_position",
            "Ta bort ställningstagandet",
            id="ws.delete_position",
            priority=True,
            show=False,
        ),
        Binding(
            "ctrl+s",
            "save",
            "Spara nu",
            id="ws.save",
            priority=True,
            show=False,
            tooltip="Allt sparas ändå automatiskt; detta skriver direkt",
        ),
        Binding("f2", "toggle_preview", "Förhandsgranska", id="ws.preview", priority=True),
        Binding(
            "f3",
            "details",
            "Uppgifter",
            id="ws.details",
            priority=True,
            tooltip="Ärendeuppgifter: dnr, datum, undertecknare, texter",
        ),
        Binding(
            "f4",
            "coverage",
            "Kvar",
            id="ws.coverage",
            priority=True,
            tooltip="Avsnitt utan ställningstagande, och vad exporten saknar",
        ),
        Binding(
            "ctrl+r",
            "toggle_suggestions",
            "Förslag",
            id="ws.suggestions",
            priority=True,
            show=False,
            tooltip="Visa tidigare ställningstaganden på liknande avsnitt, att ta in",
        ),
        Binding(
            "f6",
            "comments",
            "Kommentarer",
            id="ws.comments",
            priority=True,
            show=False,
            tooltip="Avsnittets kommentarer från granskningen: svara, lös",
        ),
        Binding(
            "f7",
            "status",
            "Status",
            id="ws.status",
            priority=True,
            show=False,
            tooltip="Skicka för granskning, öppna igen …",
        ),
        Binding(
            "f10",
            "versions",
            "Versioner",
            id="ws.versions",
            priority=True,
            show=False,
            tooltip="Spara, jämför och återställ versioner",
        ),
        Binding(
            "f12",
            "log",
            "Logg",
            id="ws.log",
            priority=True,
            show=False,
            tooltip="Vem gjorde vad, och när",
        ),
        Binding(
            "f5",
            "outline",
            "Disposition",
            id="ws.outline",
            priority=True,
            show=False,
            tooltip="Rätta remissens avsnitt; ställningstagandena följer med",
        ),
        Binding(
            "f9",
            "export",
            "Exportera",
            id="ws.export",
            priority=True,
            show=False,
            tooltip="Word, PDF eller Markdown av yttrandet",
        ),
        # Språkgranskning (workbench/tui/screens/language.py)
        Binding(
            "alt+s",
            "language_next",
            "Språk: nästa",
            id="ws.language_next",
            priority=True,
            show=False,
            tooltip="Nästa stavfel eller krångliga ord i texten, med förslag",
        ),
        Binding(
            "alt+l",
            "language_panel",
            "Språk",
            id="ws.language_panel",
            priority=True,
            show=False,
            tooltip="Språkgranskning av hela yttrandet: stavning, klarspråk, motsägelser",
        ),
        Binding("escape", "back", "Tillbaka", id="ws.back"),
    ]

    def __init__(
        self, response_id: int, section_id: int | None = None, position_id: int | None = None
    ) -> None:
        super().__init__()
        self.response_id = response_id
        self.start_section_id = section_id
        self.start_position_id = position_id
        self.stop_index = 0
        self.position_index = 0
        self.draft: Position | None = None
        self._preview_timer = None
        self._reload_on_resume = False
        self._told_read_only = False  # typing into a read-only response is refused once a stop

    # Building

    def _load(self) -> None:
        # Taken before the case is read: a write that lands in between is read at its stop.
        self._read_as = self.app.store.position_fingerprints(self.response_id)
        self.load_response()
        self.drafting = ResponseDraft(
            self.sections, self.response.positions, self.vocabulary, self.response_id
        )
        self.by_section = self.drafting.by_section
        self._load_comments()

    def _load_comments(self) -> None:
        """Open review comments: counted per section for the tree, shown under the section
        text (a comment on a position is on the section the position is in now)."""
        store = self.app.store
        self.open_comments: dict[int | None, int] = store.open_comment_counts(self.response_id)
        self.threads: dict[int | None, list[CommentThread]] = {}
        for thread in store.comment_threads(self.response_id, open_only=True):
            self.threads.setdefault(thread.section_id, []).append(thread)

    def compose(self) -> ComposeResult:
        self._load()
        yield WorkbenchHeader()
        with Horizontal(id="ws-panes"):
            yield SectionTree(id="ws-tree", classes="side-list")
            with Vertical(id="ws-centre"):
                with ContentSwitcher(initial="ws-text", id="ws-middle"):
                    with VerticalScroll(id="ws-text"):
                        yield Static(id="ws-section")
                    with PreviewBox(id="ws-preview-box"):
                        yield PreviewKeys(
                            "Förhandsvisning · F2: bläddra (PgUp/PgDn, Home/End) · Esc: texten",
                            id="ws-preview-keys",
                        )
                        yield PreviewPane(id="ws-preview")
                yield SuggestionPane(id="ws-suggestions")
            with Vertical(id="ws-right"):
                yield Static(id="ws-readonly")
                yield Static(id="ws-positions-title")
                yield PositionList(id="ws-positions")
                yield PositionEditor(
                    self.vocabulary,
                    self.organisation.subject_phrase,
                    self._on_edit,
                    id="ws-editor",
                )
        with Horizontal(id="ws-status"):
            yield ProgressBar(
                total=max(1, len(self.sections)),
                show_eta=False,
                show_percentage=False,
                id="ws-progress",
            )
            yield Static(id="ws-progress-label")
            yield SaveStatus(id="ws-saved")
        yield WorkbenchFooter()

    def on_mount(self) -> None:
        self._show_titles()
        tree = self.tree
        tree.load(self.sections, self.drafting.marks, self.open_comments)
        self._show_progress()
        self._show_read_only()
        self._collect = self.editor.sync
        self.app.autosaver.add_collector(self._collect)
        self.query_one("#ws-suggestions", SuggestionPane).display = False
        index = self._start_index()
        self.show_stop(index, self._position_index(index, self.start_position_id), True)

    def _start_index(self) -> int:
        """The section asked for, else where the officer last was, else the first one still
        unanswered, else the top."""
        stops = self.tree.stops
        wanted = self.start_section_id or self.app.store.last_place(self.response_id)
        if wanted is not None:
            for index, node in enumerate(stops):
                if node.data is not None and node.data.id == wanted:
                    return index
        return self._next_unanswered_from(1) or 0

    def _position_index(self, stop: int, position_id: int | None) -> int:
        node = self.tree.stops[stop]
        positions = self.by_section.get(node.data.id if node.data else None, [])
        ids = [p.id for p in positions]
        return ids.index(position_id) if position_id in ids else 0

    def go_to(self, section_id: int | None, position_id: int | None = None) -> None:
        """Show a section (None: Övergripande synpunkter) with one of its positions."""
        for index, node in enumerate(self.tree.stops):
            if (node.data.id if node.data else None) == section_id:
                self.show_stop(index, self._position_index(index, position_id), True)
                return

    def _show_titles(self) -> None:
        self.title = f"{self.organisation.name} – {self.remiss.title}"
        reply, _ = reply_by_text(self.remiss.reply_by, self.app.today())
        deadline = f" · svara senast {reply}" if self.remiss.reply_by else ""
        self.sub_title = f"{self.response.kind.label} · {self.response.status.label}{deadline}"

    # Widgets

    @property
    def read_only(self) -> bool:
        return self.response.status in READ_ONLY

    def _show_read_only(self) -> None:
        """An approved response says so, and how to open it again."""
        self.editor.set_read_only(self.read_only)
        notice = self.query_one("#ws-readonly", Static)
        notice.display = self.read_only
        if self.read_only:
            notice.update(
                Text.assemble(
                    (f"{self.response.status.label}: ", "bold"),
                    "yttrandet är skrivskyddat. ",
                    ("F7", "bold"),
                    " öppnar det igen (med ett skäl).",
                )
            )

    def _refuse_if_read_only(self) -> bool:
        if self.read_only:
            self.notify(READ_ONLY_MESSAGE, severity="warning")
        return self.read_only

    def on_key(self, event: events.Key) -> None:
        # A read-only text area ignores typing silently; the officer is told why, once a stop.
        if (
            self.read_only
            and event.is_printable
            and self.focused is self.editor.text_area
            and not self._told_read_only
        ):
            self._told_read_only = True
            self.notify(READ_ONLY_MESSAGE, severity="warning")

    @property
    def tree(self) -> SectionTree:  # type: ignore[override]
        return self.query_one("#ws-tree", SectionTree)

    @property
    def editor(self) -> PositionEditor:
        return self.query_one("#ws-editor", PositionEditor)

    @property
    def position_list(self) -> PositionList:
        return self.query_one("#ws-positions", PositionList)

    @property
    def section(self) -> Section | None:
        return self.tree.stops[self.stop_index].data

    @property
    def key(self) -> int | None:
        section = self.section
        return section.id if section else None

    @property
    def positions(self) -> list[Position]:
        return self.by_section.get(self.key, [])

    # Showing a section

    @keeps_running
    def show_stop(self, index: int, position_index: int = 0, focus_text: bool = False) -> None:
        """Show stop `index` of the tree (0: Övergripande synpunkter) and one of its positions."""
        self.editor.sync()
        # The place left is replaced by the one scheduled below: no need to wait for it here
        # (a switch would otherwise wait for the writer at every step).
        self.app.autosaver.discard(lambda key: key == ("place", self.response_id))
        self.app.autosaver.flush()
        self._told_read_only = False
        self.stop_index = max(0, min(index, len(self.tree.stops) - 1))
        node = self.tree.stops[self.stop_index]
        if node.line < 0:  # the tree has not laid out its lines yet
            self.call_after_refresh(self._move_tree_cursor, node)
        elif self.tree.cursor_node is not node:
            self.tree.move_cursor(node, animate=False)
        self._take_others_edits()
        # Remembered (with the next flush) so that the case opens here again.
        self.app.autosaver.schedule(
            ("place", self.response_id),
            partial(_remember_place, self.response_id, self.key),
        )
        self._show_section_text()
        self.query_one("#ws-text", VerticalScroll).scroll_home(animate=False)
        if self.query_one("#ws-middle", ContentSwitcher).current == "ws-preview-box":
            self._scroll_preview()
        suggestions = self.query_one("#ws-suggestions", SuggestionPane)
        if suggestions.display:
            suggestions.load(self.key, self.response_id, self.app.store.path)
        self.query_one("#ws-positions-title", Static).update(
            Text.assemble(
                ("Ställningstaganden ", "bold"),
                ("(skrivskyddat) " if self.read_only else "", "yellow"),
                (section_heading(self.section), "dim"),
            ),
            layout=False,  # one line, cut with an ellipsis: its size never changes
        )
        self.show_position(position_index)
        if focus_text:
            self.editor.focus_text()

    def _show_section_text(self) -> None:
        """The section's text, and under it its open review comments."""
        shown = section_text(self.section, GENERAL_HINT)
        threads = self.threads.get(self.key)
        if threads:
            shown.append("\n\n")
            shown.append_text(comments_text(threads))
            shown.append("\n\nF6: svara på eller lös kommentarerna", style="dim")
        self.query_one("#ws-section", Static).update(shown)

    def _move_tree_cursor(self, node) -> None:
        if self.tree.stops[self.stop_index] is node:
            self.tree.move_cursor(node, animate=False)

    def show_position(self, index: int) -> None:
        """Show the section's position `index` in the editor; past the end, a new draft."""
        self._drop_if_emptied()
        positions = self.positions
        self.position_index = max(0, min(index, len(positions)))
        if self.position_index < len(positions):
            position = positions[self.position_index]
        else:
            position = self._new_draft()
        self.position_list.show(positions, self.vocabulary, self.position_index)
        self.editor.load(position, general=self.section is None)

    def _new_draft(self) -> Position:
        self.draft = self.drafting.new_position(self.key)
        return self.draft

    @keeps_running
    def _drop_if_emptied(self) -> None:
        """A position stored during this visit and emptied again (a letter typed and taken
        back) is not left behind as an empty position when the officer moves on."""
        position = self.editor.position
        if position is None or not self.drafting.should_remove(position):
            return
        self.app.autosaver.flush()
        stored = self.app.store.get_position(position.id)
        if self.drafting.should_remove(stored):  # nor did another writer fill it meanwhile
            self._forget(position)
            self.draft = position

    def _take_others_edits(self) -> None:
        """Another process may have written the shown section meanwhile (nothing queued).
        Read again only when its fingerprint changed since it was last read: a section of a
        thousand positions is not read at every step."""
        key = self.key
        store = self.app.store
        fingerprint = store.section_fingerprint(self.response_id, key)
        if self._read_as.get(key, (0, None, 0.0, 0.0)) == fingerprint:
            return
        stored = store.section_positions(self.response_id, key)
        self._read_as[key] = fingerprint
        if self.drafting.take_stored(key, stored):
            self.position_index = min(self.position_index, len(stored))
            self._positions_changed(key)

    def on_section_tree_moved(self, event: SectionTree.Moved) -> None:
        event.stop()
        index = self.tree.index_of(event.node)
        if index != self.stop_index:
            self.show_stop(index)

    def on_tree_node_selected(self, event: Tree.NodeSelected) -> None:
        event.stop()
        index = self.tree.index_of(event.node)
        if index != self.stop_index:
            self.show_stop(index)
        self.editor.focus_text()

    def on_virtual_list_highlighted(self, event: PositionList.Highlighted) -> None:
        event.stop()
        if event.index != self.position_index:
            self.editor.sync()
            self.show_position(event.index)

    def on_virtual_list_selected(self, event: PositionList.Selected) -> None:
        event.stop()
        self.editor.focus_text()

    # Saving

    @keeps_running
    def _on_edit(self, position: Position, field: str, value: object) -> None:
        """The editor changed a position: store a new one now, queue the rest."""
        store = self.app.store
        drafting = self.drafting
        if position.id is None:
            if not drafting.should_store(position):
                return  # nothing written yet: stays a draft
            drafting.added(position, store.add_position(self.response_id, position))
            if position is self.draft:
                self.draft = None
            self.app.autosaver.note_saved()
            self._positions_changed(position.section_id)
        else:
            self.app.autosaver.schedule(
                ("position", position.id, field),
                *save_edit(
                    drafting,
                    self.response_id,
                    position,
                    field,
                    value,
                    partial(self.notify, severity="warning", timeout=10),
                ),
            )
            if field == "stance" or drafting.answering_changed(position):
                self._positions_changed(position.section_id)
            elif position.section_id == self.key and position in self.positions:
                index = self.positions.index(position)
                self.position_list.update_line(index, position, self.vocabulary)
        self._schedule_preview()

    @property
    def coverage(self) -> Coverage:
        return self.drafting.coverage

    def _positions_changed(self, key: int | None) -> None:
        """A section gained, lost or reordered positions: markers (its own and those of the
        sections above it), the bar, the list."""
        for changed, mark in self.drafting.measure().items():
            section = self.section_by_id.get(changed) if changed is not None else None
            self.tree.set_mark(section, mark, self.open_comments.get(changed, 0))
        self._show_progress()
        if key == self.key:
            self.position_list.show(self.positions, self.vocabulary, self.position_index)

    def _show_progress(self) -> None:
        total, done = self.coverage.total, self.coverage.done
        self.query_one("#ws-progress", ProgressBar).update(total=max(1, total), progress=done)
        left = total - done
        self.query_one("#ws-progress-label", Static).update(
            f"{done} av {total} avsnitt klara" + (f" · {left} kvar" if left else " · allt besvarat")
        )

    def on_descendant_blur(self) -> None:
        self.editor.sync()
        self.app.autosaver.flush()

    def on_screen_suspend(self) -> None:
        self.editor.sync()
        self.app.autosaver.flush()

    def on_screen_resume(self) -> None:
        # The case details or the outline may have changed while another screen was on top.
        store = self.app.store
        self.response = store.get_response(self.response_id, with_positions=False)
        self._show_read_only()
        self._show_titles()
        if self._reload_on_resume:
            self._reload_on_resume = False
            self._rebuild(self.key)
        self._schedule_preview()

    def on_unmount(self) -> None:
        self.app.autosaver.remove_collector(self._collect)
        self.app.autosaver.flush()

    # Actions

    @after_typed_keys
    def action_next_section(self) -> None:
        self.show_stop(self.stop_index + 1)

    @after_typed_keys
    def action_previous_section(self) -> None:
        self.show_stop(self.stop_index - 1)

    def _next_unanswered_from(self, start: int) -> int | None:
        keys = [node.data.id if node.data else None for node in self.tree.stops]
        return self.drafting.next_unanswered(keys, start)

    @after_typed_keys
    def action_next_unanswered(self) -> None:
        index = self._next_unanswered_from(self.stop_index + 1)
        if index is None:
            self.notify("Alla avsnitt har ett ställningstagande eller ”inga synpunkter”.")
            return
        self.show_stop(index)

    @after_typed_keys
    @keeps_running
    def action_no_comments(self) -> None:
        """Mark the section "inga synpunkter" and go on to the next one."""
        if self._refuse_if_read_only():
            return
        self.editor.sync()
        self.app.autosaver.flush()
        outcome = self.drafting.no_comments(self.key)
        if outcome == NoComments.REFUSED:
            self.notify(
                "Avsnittet har redan ställningstaganden; ta bort dem först (F8).",
                severity="warning",
            )
            return
        if outcome != NoComments.ALREADY:
            store = self.app.store
            if outcome == NoComments.CONVERT:
                # An untouched position only had its stance picked: it becomes the mark.
                mark = self.positions[0]
                self.drafting.saved(mark.id, "stance", NO_COMMENTS)
                mark.updated_at = store.update_position(mark.id, stance=NO_COMMENTS).updated_at
            else:
                stored = store.mark_no_comments(self.response_id, self.key)
                self.drafting.added(stored, stored)
            self.app.autosaver.note_saved()
            self._positions_changed(self.key)
            self._schedule_preview()
        if self.stop_index + 1 < len(self.tree.stops):
            self.show_stop(self.stop_index + 1)
        else:
            self.show_stop(self.stop_index)

    @after_typed_keys
    def action_new_position(self) -> None:
        if self._refuse_if_read_only():
            return
        suggestions = self.query_one("#ws-suggestions", SuggestionPane)
        if suggestions.listing.has_focus and suggestions.selected is not None:
            # Ctrl+T on a suggestion adds it as a new position, as it does from the search.
            self.take_hit(suggestions.selected, as_new=True)
            return
        self.editor.sync()
        self.show_position(len(self.positions))
        self.editor.focus_text()

    def action_pick_stance(self) -> None:
        """Ctrl+E: the stance picker; the text keeps the focus after it."""
        if self._refuse_if_read_only():
            return
        self.editor.sync()
        position = self.editor.position
        current = position.stance if position else ""

        def chosen(key: str | None) -> None:
            if key is not None:
                self.editor.set_stance(key)
            self.editor.focus_text()

        navigation.pick_stance(self.app, self.vocabulary, current, chosen)

    def action_toggle_summary(self) -> None:
        if self._refuse_if_read_only():
            return
        self.editor.toggle_summary()

    @keeps_running
    def action_move_position(self, offset: int) -> None:
        if self._refuse_if_read_only():
            return
        positions = self.positions
        if self.position_index >= len(positions):
            return
        self.editor.sync()
        self.app.autosaver.flush()
        position = positions[self.position_index]
        store = self.app.store
        store.move_position(position.id, offset)
        # Keep our own objects (the editor holds one) in the store's new order.
        self.drafting.reorder(self.key, store.section_positions(self.response_id, self.key))
        self.app.autosaver.note_saved()
        self.position_index = positions.index(position)
        self.position_list.show(positions, self.vocabulary, self.position_index)
        self._schedule_preview()

    @after_typed_keys
    def action_delete_position(self) -> None:
        if self._refuse_if_read_only():
            return
        positions = self.positions
        if self.position_index >= len(positions):
            self.notify("Det finns inget ställningstagande att ta bort här.")
            return
        position = positions[self.position_index]
        if not self.drafting.asks_before_delete(position):
            self._delete(position)
            return

        def answered(yes: bool | None) -> None:
            if yes:
                self._delete(position)

        navigation.confirm(
            self.app, "Ta bort ställningstagandet? Texten går inte att få tillbaka.", answered
        )

    @keeps_running
    def _delete(self, position: Position) -> None:
        self._forget(position)
        if position.section_id == self.key:
            self.show_position(min(self.position_index, len(self.positions)))

    def _forget(self, position: Position) -> None:
        """Delete a stored position; the editor may go on holding it as a draft."""
        position_id = position.id
        self.app.autosaver.discard(lambda key: key[:2] == ("position", position_id))  # type: ignore[index]
        self.app.store.delete_position(position_id)
        self.app.autosaver.note_saved()
        self.drafting.removed(position)
        position.id = None
        self._positions_changed(position.section_id)
        self._schedule_preview()

    def action_save(self) -> None:
        self.editor.sync()
        self.app.autosaver.flush()
        self.app.autosaver.note_saved()

    def action_toggle_preview(self) -> None:
        """F2 shows the preview beside the text being written (typing shows in it live); F2
        again goes into it (PageUp/PageDown, Home/End and the arrows scroll it, Esc goes back
        to the text); F2 there hides it."""
        switcher = self.query_one("#ws-middle", ContentSwitcher)
        keys = self.query_one("#ws-preview-keys", PreviewKeys)
        if switcher.current != "ws-preview-box":
            switcher.current = "ws-preview-box"
            self.refresh_preview()
        elif not keys.has_focus:
            # No scroll_visible: it would lay the whole preview out before the key returns.
            keys.focus(scroll_visible=False)
        else:
            switcher.current = "ws-text"
            self.editor.focus_text()

    def _schedule_preview(self) -> None:
        if self.query_one("#ws-middle", ContentSwitcher).current != "ws-preview-box":
            return
        if self._preview_timer is not None:
            self._preview_timer.stop()
        self._preview_timer = self.app.debounced(self, PREVIEW_DELAY, self.refresh_preview)  # type: ignore[assignment]

    def refresh_preview(self) -> None:
        """Compose the response as its kind reads (the export's own compose step) and draw it."""
        self._preview_timer = None
        self.response.positions = self.drafting.reading_order()
        document = compose(self.response, self.remiss, self.organisation, today=self.app.today())
        chunks = preview_chunks(document)
        self.query_one("#ws-preview", PreviewPane).show(chunks, self._preview_target(chunks))

    def _scroll_preview(self) -> None:
        pane = self.query_one("#ws-preview", PreviewPane)
        pane.scroll_to_chunk(self._preview_target(pane.chunks))

    def _preview_target(self, chunks) -> int:
        """The chunk of the current section, else of the nearest section before it that the
        document holds, else the top."""
        section = self.section
        if section is None:
            wanted = {self.organisation.part_title(GENERAL_TITLE_KEY)}
        else:
            wanted = {node.data.heading for node in self.tree.stops[1 : self.stop_index + 1]}
        target = 0
        for index, chunk in enumerate(chunks):
            if chunk.level == SECTION and chunk.heading in wanted:
                target = index
                if section is not None and chunk.heading == section.heading:
                    break
        return target

    def action_details(self) -> None:
        navigation.open_details(self.app, self.response_id)

    def action_coverage(self) -> None:
        self.editor.sync()
        unanswered = self.coverage.unanswered

        def chosen(section_id: int | None) -> None:
            if section_id is None:
                return
            for index, node in enumerate(self.tree.stops):
                if node.data is not None and node.data.id == section_id:
                    self.show_stop(index, focus_text=True)
                    return

        missing = missing_for_export(self.response, self.organisation)
        navigation.open_coverage(self.app, unanswered, len(self.sections), missing, chosen)

    # Earlier positions: suggestions and the search

    def action_toggle_suggestions(self) -> None:
        """Show (and go to) the suggestions for the section, or hide them again."""
        suggestions = self.query_one("#ws-suggestions", SuggestionPane)
        if suggestions.display and suggestions.listing.has_focus:
            suggestions.display = False
            self.editor.focus_text()
            return
        suggestions.display = True
        suggestions.load(self.key, self.response_id, self.app.store.path)
        suggestions.listing.focus()

    def on_suggestion_pane_chosen(self, event: SuggestionPane.Chosen) -> None:
        event.stop()
        self.take_hit(event.hit)

    def take_hit(self, hit: SearchHit, as_new: bool = False) -> None:
        """Take an earlier position's text in: into the position being written (with its
        stance and verb when that one is still empty), or as a new position of the section."""
        if self._refuse_if_read_only():
            return
        theirs = self.app.store.vocabulary(hit.organisation_id)
        stance, verb = self.drafting.lead_of(hit.stance, hit.verb_override, theirs)
        editor = self.editor
        editor.sync()
        if as_new:
            self.show_position(len(self.positions))  # a fresh draft, stored on its first edit
            editor.set_lead(stance, verb)
            editor.text_area.load_text(hit.text)
            editor.sync()
            self.notify("Tillagt som nytt ställningstagande.")
        else:
            position = editor.position
            if self.drafting.takes_lead(position):
                editor.set_lead(stance, verb)
            area = editor.text_area
            area.move_cursor(area.document.end)
            if area.text and not area.text[-1].isspace():
                area.insert(" ")
            area.insert(hit.text)
            editor.sync()
        editor.focus_text()

    # Review: comments, status, versions, the log

    def action_comments(self) -> None:
        from workbench.tui.widgets.comment_panel import Anchor

        self.editor.sync()
        self.app.autosaver.flush()
        key = self.key
        anchor = Anchor(
            self.response_id,
            key,
            section_heading(self.section),
            self.vocabulary,
            self.organisation.subject_phrase,
        )
        threads = self.app.store.section_comment_threads(self.response_id, key)
        positions = [p for p in self.positions if p.id is not None]

        def closed(changed: bool | None) -> None:
            if changed:
                self._comments_changed()

        navigation.open_comments(self.app, anchor, positions, threads, closed)

    def _comments_changed(self) -> None:
        """Comments were added, answered or resolved: markers and the section text again."""
        old = dict(self.open_comments)
        self._load_comments()
        for key in {*old, *self.open_comments}:
            if old.get(key, 0) != self.open_comments.get(key, 0):
                section = self.section_by_id.get(key) if key is not None else None
                self.tree.set_mark(
                    section, self.drafting.marks[key], self.open_comments.get(key, 0)
                )
        self._show_section_text()

    @after_typed_keys
    def action_status(self) -> None:
        self.editor.sync()
        self.app.autosaver.flush()
        navigation.change_status(self.app, self.response_id, self._status_changed)

    def _status_changed(self, change: StatusChange) -> None:
        self.response.status = change.transition.to_status
        self._show_read_only()
        self._show_titles()
        self.show_stop(self.stop_index, self.position_index)

    def action_versions(self) -> None:
        self.editor.sync()
        self.app.autosaver.flush()
        # A restore may change any position: the case is read again when back.
        self._reload_on_resume = True
        navigation.open_versions(self.app, self.response_id)

    def action_log(self) -> None:
        self.editor.sync()
        self.app.autosaver.flush()
        navigation.open_log(self.app, self.response_id)

    def action_outline(self) -> None:
        self.editor.sync()
        self.app.autosaver.flush()
        section_id = self.key
        navigation.open_outline(self.app, self.remiss.id, lambda _: self._rebuild(section_id))

    def _rebuild(self, section_id: int | None) -> None:
        """The outline may have changed: read the case again and show the same section
        (or, if it was merged away, the one at its place)."""
        index = self.stop_index
        self._load()
        self.tree.load(self.sections, self.drafting.marks, self.open_comments)
        self._show_progress()
        for position, node in enumerate(self.tree.stops):
            if node.data is not None and node.data.id == section_id:
                index = position
                break
        self.draft = None
        self.show_stop(min(index, len(self.tree.stops) - 1))

    def action_export(self) -> None:
        self.editor.sync()
        self.app.autosaver.flush()
        navigation.open_export(self.app, self.response_id)

    def action_back(self) -> None:
        """One Esc leaves Arbetsyta, wherever the focus is (after F12, F7 or Ctrl+R it was
        somewhere else, and a first Esc only moved it); with the suggestions in focus it
        closes them first."""
        suggestions = self.query_one("#ws-suggestions", SuggestionPane)
        if suggestions.display and suggestions.listing.has_focus:
            suggestions.display = False
            self.editor.focus_text()
            return
        if self.query_one("#ws-preview-keys", PreviewKeys).has_focus:
            self.editor.focus_text()
            return
        self.tidy_before_quit()
        self.app.pop_screen()

    def tidy_before_quit(self) -> None:
        """Leaving (Esc, or Ctrl+Q from anywhere): what was typed is taken, and a position
        created in this visit and emptied again is not left behind."""
        self.editor.sync()
        self._drop_if_emptied()


def _remember_place(response_id: int, section_id: int | None, store: Store) -> None:
    store.remember_place(response_id, section_id)
