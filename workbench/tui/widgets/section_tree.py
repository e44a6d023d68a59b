"""The remiss's sections as a tree, each with a marker saying what is left to do there."""

from __future__ import annotations

from rich.style import Style
from rich.text import Text
from textual.message import Message
from textual.widgets import Tree
from textual.widgets.tree import TreeNode

from workbench.core.drafting import Mark
from workbench.core.model import Section
from workbench.tui.text_views import section_heading

MARKS: dict[Mark, tuple[str, str]] = {
    Mark.UNANSWERED: ("○", "dim"),
    Mark.NO_COMMENTS: ("–", "cyan"),
    Mark.ANSWERED: ("●", "green"),
    Mark.COVERED: ("◦", "green"),
}


def marked_label(section: Section | None, mark: Mark, open_comments: int = 0) -> Text:
    symbol, style = MARKS[mark]
    label = Text()
    label.append(symbol + " ", style=style)
    label.append(section_heading(section), style="bold" if section is None else "")
    if open_comments:
        label.append(f" ✎{open_comments}", style="yellow")
    return label


class SectionTree(Tree[Section | None]):
    """Övergripande synpunkter on top, then the sections in document order, all expanded.

    `stops` lists the nodes in reading order: what next/previous step through. `Moved` is
    posted for the officer's own moves only (Tree's NodeHighlighted also fires when the tree
    settles its cursor by itself); a click or Enter posts Tree's NodeSelected.
    """

    class Moved(Message):
        def __init__(self, node: TreeNode[Section | None]) -> None:
            super().__init__()
            self.node = node

    def __init__(self, **kwargs) -> None:
        super().__init__("Avsnitt", **kwargs)
        self.show_root = False
        self.guide_depth = 2
        self.stops: list[TreeNode[Section | None]] = []
        self._by_key: dict[int | None, TreeNode[Section | None]] = {}

    def load(
        self,
        sections: list[Section],
        marks: dict[int | None, Mark],
        comments: dict[int | None, int],
    ) -> None:
        self.clear()
        general = self.root.add_leaf(
            marked_label(None, marks.get(None, Mark.UNANSWERED), comments.get(None, 0)),
            data=None,
        )
        self.stops = [general]
        self._by_key = {None: general}
        # The sections still open above the current one, as `with_parents` walks them: the
        # parent is the nearest of them with the parent's number. A number alone would not do:
        # numbers repeat, and unnumbered sections ("Sammanfattning", "Inledande text") share "".
        open_sections: list[tuple[Section, TreeNode[Section | None]]] = []
        for section in sections:
            while open_sections and open_sections[-1][0].level >= section.level:
                open_sections.pop()
            parent = self.root
            if section.parent is not None:
                parent = next(
                    (node for s, node in reversed(open_sections) if s.number == section.parent),
                    self.root,
                )
            label = marked_label(
                section, marks.get(section.id, Mark.UNANSWERED), comments.get(section.id, 0)
            )
            node = parent.add(label, data=section, expand=True, allow_expand=False)
            open_sections.append((section, node))
            self.stops.append(node)
            self._by_key[section.id] = node

    def render_label(self, node: TreeNode[Section | None], base_style: Style, style: Style) -> Text:
        """The label cut with an ellipsis where the tree ends (the whole heading of the section
        shown stands above its text); a cut without one reads as a whole, wrong title."""
        label = super().render_label(node, base_style, style)
        depth, parent = 0, node.parent
        while parent is not None and parent is not self.root:
            depth, parent = depth + 1, parent.parent
        room = self.scrollable_content_region.width - depth * self.guide_depth
        if room > 1 and label.cell_len > room:
            label.truncate(room, overflow="ellipsis")
        return label

    def set_mark(self, section: Section | None, mark: Mark, open_comments: int = 0) -> None:
        node = self._by_key.get(section.id if section else None)
        if node is not None:
            node.set_label(marked_label(section, mark, open_comments))

    def index_of(self, node: TreeNode | None) -> int:
        return self.stops.index(node) if node in self.stops else 0

    def _moved(self) -> None:
        if self.cursor_node is not None:
            self.post_message(self.Moved(self.cursor_node))

    def action_cursor_up(self) -> None:
        super().action_cursor_up()
        self._moved()

    def action_cursor_down(self) -> None:
        super().action_cursor_down()
        self._moved()

    def action_page_up(self) -> None:
        super().action_page_up()
        self._moved()

    def action_page_down(self) -> None:
        super().action_page_down()
        self._moved()

    def action_scroll_home(self) -> None:
        super().action_scroll_home()
        self._moved()

    def action_scroll_end(self) -> None:
        super().action_scroll_end()
        self._moved()
