"""One section's review comments beside its positions: comment on the section or on a
position, reply to a thread, resolve it or open it again.

The list holds the section's positions (to comment on) and its threads (open first); the pane
below shows the highlighted one in full. The actions ask for the text in a dialog, write it to
the store as the app's user, read the section's threads again and post `Changed`, so that the
screen can update its markers. The reviewer's screen and the officer's comments dialog both
hold one.
"""

from __future__ import annotations

from dataclasses import dataclass

from rich.text import Text
from textual import getters
from textual.app import ComposeResult
from textual.containers import Vertical, VerticalScroll
from textual.message import Message
from textual.widgets import OptionList, Static

from workbench.core.model import Comment, CommentThread, Position
from workbench.core.stances import Vocabulary
from workbench.errors import WorkbenchError
from workbench.tui import navigation
from workbench.tui.app import WorkbenchApp
from workbench.tui.text_views import position_line, position_text, thread_line, thread_text
from workbench.tui.widgets.clipped_list import ClippedOptionList


@dataclass
class Anchor:
    """Where the panel's comments go: a response, one of its sections (None: the whole)."""

    response_id: int
    section_id: int | None
    heading: str
    vocabulary: Vocabulary
    subject: str


class CommentPanel(Vertical):
    app = getters.app(WorkbenchApp)

    class Changed(Message):
        """A comment was added, answered, resolved or opened again on `section_id`."""

        def __init__(self, section_id: int | None) -> None:
            super().__init__()
            self.section_id = section_id

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.anchor: Anchor | None = None  # type: ignore[assignment]
        self.positions: list[Position] = []
        self.threads: list[CommentThread] = []
        # What each line of the list is: ("position", id) or ("thread", id).
        self.entries: list[tuple[str, int]] = []

    def compose(self) -> ComposeResult:
        yield Static("", id="cp-title", classes="pane-title")
        yield ClippedOptionList(id="cp-items")
        with VerticalScroll(id="cp-detail-box"):
            yield Static("", id="cp-detail")

    @property
    def items(self) -> ClippedOptionList:
        return self.query_one("#cp-items", ClippedOptionList)

    # Showing

    def show(self, anchor: Anchor, positions: list[Position], threads: list[CommentThread]) -> None:
        """Show a section's positions and threads; the highlighted line stays on its entry."""
        same_place = self.anchor is not None and (
            (self.anchor.response_id, self.anchor.section_id)
            == (anchor.response_id, anchor.section_id)
        )
        kept = self.highlighted_entry if same_place else None
        self.anchor = anchor
        self.positions = [p for p in positions if p.id is not None]
        self.threads = sorted(threads, key=lambda t: not t.is_open)
        self.entries = [("position", p.id) for p in self.positions]  # type: ignore[misc, unused-ignore]
        self.entries += [("thread", t.id) for t in self.threads]  # type: ignore[misc, unused-ignore]
        lines = [self._position_line(p) for p in self.positions]
        lines += [thread_line(t) for t in self.threads]
        open_count = sum(t.is_open for t in self.threads)
        title = Text.assemble(("Kommentarer ", "bold"), (f"({open_count} öppna)", "dim"))
        self.query_one("#cp-title", Static).update(title)
        highlighted = self.entries.index(kept) if kept in self.entries else None
        if highlighted is None and self.threads:
            highlighted = len(self.positions)  # the first (open) thread
        self.items.set_lines(lines, highlighted if lines else None)
        if not lines:
            self.items.highlighted = None
        self._show_detail()

    def _position_line(self, position: Position) -> Text:
        assert self.anchor is not None
        line = Text("¶ ", style="dim")
        line.append_text(position_line(position, self.anchor.vocabulary))
        return line

    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        if event.option_list is self.items:
            event.stop()
            self._show_detail()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        # Enter on a thread answers it; on a position, comments on it.
        if event.option_list is not self.items:
            return
        event.stop()
        if self.selected_thread is not None:
            self.reply()
        elif self.selected_position is not None:
            self.comment_position()

    def _show_detail(self) -> None:
        detail = self.query_one("#cp-detail", Static)
        thread, position = self.selected_thread, self.selected_position
        if thread is not None:
            detail.update(thread_text(thread))
        elif position is not None and self.anchor is not None:
            detail.update(
                Text.assemble(
                    ("Ställningstagande\n", "bold"),
                    position_text(
                        position,
                        self.anchor.vocabulary,
                        self.anchor.subject,
                        general=self.anchor.section_id is None,
                    ),
                )
            )
        elif self.anchor is not None:
            detail.update(
                Text("Inga kommentarer här. k kommenterar avsnittet.", style="dim")
                if not self.threads
                else ""
            )

    @property
    def highlighted_entry(self) -> tuple[str, int] | None:
        index = self.items.highlighted
        if index is None or not 0 <= index < len(self.entries):
            return None
        return self.entries[index]

    @property
    def selected_thread(self) -> CommentThread | None:
        entry = self.highlighted_entry
        if entry is None or entry[0] != "thread":
            return None
        return next((t for t in self.threads if t.id == entry[1]), None)

    @property
    def selected_position(self) -> Position | None:
        entry = self.highlighted_entry
        if entry is None or entry[0] != "position":
            return None
        return next((p for p in self.positions if p.id == entry[1]), None)

    # Acting

    def comment_section(self) -> None:
        """A new comment on the section (or, on Övergripande synpunkter, on the whole)."""
        if self.anchor is None:
            return
        anchor = self.anchor
        self._ask(
            f"Kommentera {anchor.heading}",
            Text(""),
            lambda text: Comment(
                anchor.response_id, text, self.app.user, section_id=anchor.section_id
            ),
        )

    def comment_position(self, position: Position | None = None) -> None:
        """A new comment on `position`, else the highlighted one, else the only one."""
        if self.anchor is None:
            return
        position = position or self.selected_position
        if position is None and len(self.positions) == 1:
            position = self.positions[0]
        if position is None:
            self.app.notify(
                "Markera ställningstagandet i listan först."
                if self.positions
                else "Avsnittet har inga ställningstaganden att kommentera.",
                severity="warning",
            )
            return
        anchor = self.anchor
        context = position_text(
            position, anchor.vocabulary, anchor.subject, general=anchor.section_id is None
        )
        self._ask(
            "Kommentera ställningstagandet",
            context,
            lambda text: Comment(
                anchor.response_id,
                text,
                self.app.user,
                section_id=anchor.section_id,
                position_id=position.id,
            ),
        )

    def _thread_to_act_on(self) -> CommentThread | None:
        thread = self.selected_thread
        open_threads = [t for t in self.threads if t.is_open]
        if thread is None and len(open_threads) == 1:
            thread = open_threads[0]
        if thread is None:
            self.app.notify(
                "Markera kommentaren i listan först."
                if self.threads
                else "Det finns inga kommentarer här.",
                severity="warning",
            )
        return thread

    def reply(self) -> None:
        thread = self._thread_to_act_on()
        if thread is None or self.anchor is None:
            return
        anchor = self.anchor
        self._ask(
            "Svara på kommentaren",
            thread_text(thread),
            lambda text: Comment(anchor.response_id, text, self.app.user, parent_id=thread.id),
        )

    def toggle_resolved(self) -> None:
        """Resolve the thread, or open it again when it is resolved."""
        thread = self._thread_to_act_on()
        if thread is None or thread.id is None:
            return
        store = self.app.store
        try:
            if thread.is_open:
                store.resolve_comment(thread.id, by=self.app.user)
                self.app.notify("Kommentaren är löst.")
            else:
                store.reopen_comment(thread.id, by=self.app.user)
                self.app.notify("Kommentaren är öppen igen.")
        except WorkbenchError as exc:
            self.app.notify(str(exc), severity="error")
            return
        self.reload()

    def _ask(self, title: str, context: Text, make) -> None:
        def answered(text: str | None) -> None:
            if not text:
                return
            try:
                made = self.app.store.add_comment(make(text))
            except WorkbenchError as exc:
                self.app.notify(str(exc), severity="error")
                return
            root = made.parent_id or made.id
            self.reload(("thread", root))

        navigation.ask_text(
            self.app,
            title,
            answered,
            context=context,
            placeholder="Skriv kommentaren …",
            required="En kommentar kan inte vara tom.",
        )

    def reload(self, highlight: tuple[str, int] | None = None) -> None:
        """Read the section's threads again, show them, and tell the screen."""
        if self.anchor is None:
            return
        anchor = self.anchor
        threads = self.app.store.section_comment_threads(anchor.response_id, anchor.section_id)
        self.show(anchor, self.positions, threads)
        if highlight in self.entries:
            self.items.highlighted = self.entries.index(highlight)
        self.post_message(self.Changed(anchor.section_id))
