"""A read-only view of one response: the remiss's sections beside the positions on each."""

from __future__ import annotations

from rich.console import Group
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.screen import Screen
from textual.widgets import Footer, Header, Static, Tree

from workbench import markup
from workbench.model import Position, Section
from workbench.stances import NO_COMMENTS, Vocabulary

GENERAL = "Övergripande synpunkter"


class ResponseViewScreen(Screen):
    BINDINGS = [
        Binding("escape", "back", "Tillbaka", id="view.back"),
        Binding("n", "next_section", "Nästa avsnitt", id="view.next"),
        Binding("p", "previous_section", "Föregående", id="view.previous"),
    ]

    def __init__(self, response_id: int) -> None:
        super().__init__()
        self.response_id = response_id

    def compose(self) -> ComposeResult:
        yield Header()
        with Horizontal(id="view-panes"):
            yield Tree("Avsnitt", id="view-sections")
            with VerticalScroll(id="view-content"):
                yield Static(id="view-section")
        yield Footer()

    def on_mount(self) -> None:
        store = self.app.store
        self.response = store.get_response(self.response_id)
        self.organisation = store.get_organisation(self.response.organisation_id)
        self.remiss = store.get_remiss(self.response.remiss_id)
        self.vocabulary = store.vocabulary(self.organisation.id)
        self.title = f"{self.organisation.name} – {self.remiss.title}"
        self.sub_title = f"{self.response.kind.label} · {self.response.status.label}"
        self.by_section: dict[int | None, list[Position]] = {}
        for position in self.response.positions:
            self.by_section.setdefault(position.section_id, []).append(position)
        tree = self.query_one("#view-sections", Tree)
        tree.show_root = False
        tree.guide_depth = 2
        self.nodes = [tree.root.add_leaf(self._label(None), data=None)]
        by_number = {}
        for section in self.remiss.sections:
            parent = by_number.get(section.parent, tree.root)
            node = parent.add(self._label(section), data=section, expand=True)
            node.allow_expand = False
            by_number[section.number] = node
            self.nodes.append(node)
        tree.focus()
        tree.move_cursor(self.nodes[0])
        self.show(None)

    def _label(self, section: Section | None) -> Text:
        positions = self.by_section.get(section.id if section else None, [])
        if not positions:
            marker = Text("○ ", style="dim")
        elif all(p.stance == NO_COMMENTS for p in positions):
            marker = Text("– ", style="cyan")
        else:
            marker = Text("● ", style="green")
        return marker + Text(section.heading if section else GENERAL)

    def on_tree_node_highlighted(self, event: Tree.NodeHighlighted) -> None:
        self.show(event.node.data)

    def show(self, section: Section | None) -> None:
        positions = self.by_section.get(section.id if section else None, [])
        heading = section.heading if section else GENERAL
        parts: list = [Text(heading, style="bold")]
        if section and section.body:
            parts.append(Text(""))
            parts.append(_body_text(section.body))
        parts.append(Text(""))
        parts.append(Text("Ställningstaganden", style="bold underline"))
        if not positions:
            parts.append(Text("Inga ställningstaganden ännu.", style="dim"))
        for position in positions:
            parts.append(Text(""))
            parts.append(
                position_text(
                    position,
                    self.vocabulary,
                    self.organisation.subject_phrase,
                    general=section is None,
                )
            )
        self.query_one("#view-section", Static).update(Group(*parts))
        self.query_one("#view-content", VerticalScroll).scroll_home(animate=False)

    def _move(self, step: int) -> None:
        tree = self.query_one("#view-sections", Tree)
        current = tree.cursor_node
        index = self.nodes.index(current) if current in self.nodes else 0
        index = max(0, min(len(self.nodes) - 1, index + step))
        tree.move_cursor(self.nodes[index])

    def action_next_section(self) -> None:
        self._move(1)

    def action_previous_section(self) -> None:
        self._move(-1)

    def action_back(self) -> None:
        self.app.pop_screen()


def _body_text(body: str) -> Text:
    """A section's text; labelled parts ("Nuläge:") in bold."""
    text = Text()
    for index, paragraph in enumerate(markup.paragraphs(body)):
        if index:
            text.append("\n\n")
        label, sep, rest = paragraph.partition(":")
        if sep and 0 < len(label) <= 30 and label[:1].isupper() and "\n" not in label:
            text.append(label + ":", style="bold")
            text.append(rest)
        else:
            text.append(paragraph)
    return text


def position_text(position: Position, vocabulary: Vocabulary, subject: str, general: bool) -> Text:
    """A position as it reads: the italic lead, then the text with its own italics."""
    lead = vocabulary.lead(position.stance, subject, position.verb_override, general=general)
    text = Text()
    blocks = markup.parse(position.text)
    if lead.phrase:
        text.append(lead.phrase, style="italic")
        text.append(" ")
        if not blocks:
            text.append(lead.default_tail)
    for index, block in enumerate(blocks):
        if index:
            text.append("\n\n")
        items = block.items or [block.runs]
        for number, item in enumerate(items, start=1):
            if block.kind == "bullets":
                text.append("  • ")
            elif block.kind == "numbered":
                text.append(f"  {number}. ")
            for run in item:
                text.append(run.text, style="italic" if run.italic else "")
            if number < len(items):
                text.append("\n")
    if position.in_summary:
        text.append("  [sammanfattning]", style="dim cyan")
    return text
