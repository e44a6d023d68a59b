"""The live preview: one Static per chunk of the composed document (a heading and what follows
it), so the pane can scroll to the part being written. Widgets are reused while the number of
chunks stays the same, which is the common case while typing."""

from __future__ import annotations

from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.widgets import Static

from workbench.tui.preview import Chunk


class PreviewKeys(Static, can_focus=True):
    """The preview's one-line hint, and where the focus goes when the preview is shown: its
    keys scroll the pane below. The pane itself takes no focus, since a change of focus
    restyles the focused widget with all it holds, and a long response is thousands of
    chunks to lay out again."""

    BINDINGS = [
        Binding("up", "scroll(-1)", "Upp", show=False),
        Binding("down", "scroll(1)", "Ner", show=False),
        Binding("pageup", "page(-1)", "Sida upp", show=False),
        Binding("pagedown,space", "page(1)", "Sida ner", show=False),
        Binding("home", "edge(0)", "Början", show=False),
        Binding("end", "edge(1)", "Slutet", show=False),
    ]

    @property
    def pane(self) -> PreviewPane:
        return self.screen.query_one(PreviewPane)

    def action_scroll(self, step: int) -> None:
        pane = self.pane
        pane.scroll_to(y=pane.scroll_y + step, animate=False)

    def action_page(self, step: int) -> None:
        pane = self.pane
        pane.scroll_to(y=pane.scroll_y + step * max(1, pane.size.height - 1), animate=False)

    def action_edge(self, end: int) -> None:
        pane = self.pane
        pane.scroll_to(y=pane.max_scroll_y if end else 0, animate=False)


class PreviewBox(Vertical):
    """The hint line over the preview pane."""


class PreviewPane(VerticalScroll, can_focus=False):
    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.chunks: list[Chunk] = []

    def show(self, chunks: list[Chunk], scroll_to: int = 0) -> None:
        shown = list(self.query_children(Static))
        self.chunks = chunks
        if len(shown) == len(chunks):
            for widget, chunk in zip(shown, chunks, strict=True):
                widget.update(chunk.text)
        else:
            self.remove_children()
            self.mount_all(Static(chunk.text, classes="preview-chunk") for chunk in chunks)
        self.call_after_refresh(self.scroll_to_chunk, scroll_to)

    def scroll_to_chunk(self, index: int) -> None:
        shown = list(self.query_children(Static))
        if 0 <= index < len(shown):
            self.scroll_to_widget(shown[index], top=True, animate=False)
