"""The live preview: one Static per chunk of the composed document (a heading and what follows
it), so the pane can scroll to the part being written. Widgets are reused while the number of
chunks stays the same, which is the common case while typing."""

from __future__ import annotations

from textual.containers import VerticalScroll
from textual.widgets import Static

from workbench.tui.preview import Chunk


class PreviewPane(VerticalScroll):
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
