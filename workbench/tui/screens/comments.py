"""Kommentarer: the officer's view of one section's review comments, opened from the
workspace. Reply to a thread, resolve it (or open it again), or comment yourself; the same
panel the reviewer works in. Dismissed with True when anything changed."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Static

from workbench.core.model import CommentThread, Position
from workbench.tui.widgets.comment_panel import Anchor, CommentPanel
from workbench.tui.widgets.footer import WorkbenchFooter


class CommentsScreen(ModalScreen[bool]):
    BINDINGS = [
        Binding("s", "reply", "Svara", id="comments.reply"),
        Binding(
            "l",
            "resolve",
            "Lös",
            id="comments.resolve",
            tooltip="Lös kommentaren, eller öppna den igen",
        ),
        Binding("k", "comment_section", "Kommentera", id="comments.comment"),
        Binding(
            "t",
            "comment_position",
            "Kommentera ställningstagandet",
            id="comments.comment_position",
            show=False,
        ),
        Binding("escape,f6", "close", "Stäng", id="comments.close"),
    ]

    def __init__(
        self, anchor: Anchor, positions: list[Position], threads: list[CommentThread]
    ) -> None:
        super().__init__()
        self.anchor = anchor  # type: ignore[assignment, method-assign]
        self.positions = positions
        self.threads = threads
        self.changed = False

    def compose(self) -> ComposeResult:
        with Vertical(id="comments-box", classes="dialog"):
            yield Static(f"Kommentarer på {self.anchor.heading}", classes="dialog-title")  # type: ignore[attr-defined]
            yield CommentPanel(id="comments-panel")
            yield Static(
                "Enter eller s: svara · l: lös / öppna igen · k: ny kommentar · Esc: stäng",
                id="comments-hint",
                classes="hint",
            )
        yield WorkbenchFooter()

    @property
    def panel(self) -> CommentPanel:
        return self.query_one("#comments-panel", CommentPanel)

    def on_mount(self) -> None:
        self.panel.show(self.anchor, self.positions, self.threads)  # type: ignore[arg-type]
        self.panel.items.focus()

    def on_comment_panel_changed(self, event: CommentPanel.Changed) -> None:
        event.stop()
        self.changed = True

    def action_reply(self) -> None:
        self.panel.reply()

    def action_resolve(self) -> None:
        self.panel.toggle_resolved()

    def action_comment_section(self) -> None:
        self.panel.comment_section()

    def action_comment_position(self) -> None:
        self.panel.comment_position()

    def action_close(self) -> None:
        self.dismiss(self.changed)
