"""Disposition: fix the outline the import made of a remiss – rename, re-level, merge, split,
move, insert and delete sections – with the store's outline functions. Each edit is one
transaction, written at once; positions and comments stay with their sections throughout.
"""

from __future__ import annotations

from collections.abc import Callable

from rich.text import Text
from textual import getters
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.screen import Screen
from textual.widgets import OptionList, Static

from workbench.core import markup
from workbench.core.drafting import level_for_number
from workbench.core.model import Section
from workbench.errors import WorkbenchError
from workbench.tui import navigation
from workbench.tui.app import WorkbenchApp
from workbench.tui.screens.outline_dialogs import Heading, Split
from workbench.tui.text_views import body_text
from workbench.tui.widgets.clipped_list import ClippedOptionList
from workbench.tui.widgets.footer import WorkbenchFooter
from workbench.tui.widgets.header import WorkbenchHeader
from workbench.tui.widgets.save_status import SaveStatus
from workbench.usecases.outline import split_section_at_paragraph


class OutlineScreen(Screen):
    app = getters.app(WorkbenchApp)
    HELP = (
        "Dispositionen: remissens avsnitt som importen läste dem. Rätta det importen inte"
        " kunde veta: byt namn (r), ändra nivå (← →), slå ihop med nästa (m), dela (s),"
        " flytta (Alt+↑ ↓, med underavsnitt), lägg till (n) och ta bort (Delete)."
        " Ställningstaganden följer med sina avsnitt; allt sparas direkt."
    )
    BINDINGS = [
        Binding("r", "rename", "Byt namn", id="outline.rename"),
        Binding("left", "level(-1)", "Nivå upp", id="outline.level_up"),
        Binding("right", "level(1)", "Nivå ner", id="outline.level_down"),
        Binding("m", "merge", "Slå ihop", id="outline.merge", tooltip="Slå ihop med nästa"),
        Binding("s", "split", "Dela", id="outline.split"),
        Binding("alt+up", "move(-1)", "Flytta upp", id="outline.move_up", show=False),
        Binding("alt+down", "move(1)", "Flytta ner", id="outline.move_down", show=False),
        Binding("n", "insert", "Nytt avsnitt", id="outline.insert"),
        Binding("delete", "delete", "Ta bort", id="outline.delete", show=False),
        Binding("escape", "back", "Klar", id="outline.back"),
    ]

    def __init__(self, remiss_id: int) -> None:
        super().__init__()
        self.remiss_id = remiss_id
        self.sections: list[Section] = []

    def compose(self) -> ComposeResult:
        yield WorkbenchHeader()
        with Horizontal(id="outline-panes"):
            yield ClippedOptionList(id="outline-sections", classes="side-list")
            with VerticalScroll(id="outline-text"):
                yield Static(id="outline-body")
        with Horizontal(classes="status-bar"):
            yield Static(
                "r byt namn · ← → nivå · m slå ihop · s dela · Alt+↑↓ flytta · n nytt"
                " · Delete ta bort · Esc klar",
                id="outline-hint",
            )
            yield SaveStatus(id="outline-saved")
        yield WorkbenchFooter()

    def on_mount(self) -> None:
        remiss = self.app.store.get_remiss(self.remiss_id, with_sections=False)
        self.title = "Disposition"
        self.sub_title = remiss.title
        self.reload(0)
        self.query_one("#outline-sections", OptionList).focus()

    # Showing

    @property
    def index(self) -> int:
        highlighted = self.query_one("#outline-sections", OptionList).highlighted
        return highlighted or 0

    @property
    def section(self) -> Section | None:
        return self.sections[self.index] if self.sections else None

    def reload(self, select_id: int | None = None, index: int | None = None) -> None:
        """Read the outline again and highlight the section `select_id` (or line `index`)."""
        self.sections = self.app.store.sections(self.remiss_id)
        listing = self.query_one("#outline-sections", ClippedOptionList)
        listing.set_lines([_line(section) for section in self.sections])
        if not self.sections:
            self.query_one("#outline-body", Static).update(
                Text("Remissen har inga avsnitt. n lägger till ett.", style="dim")
            )
            return
        if select_id is not None:
            index = next((i for i, s in enumerate(self.sections) if s.id == select_id), 0)
        listing.highlighted = max(0, min(index or 0, len(self.sections) - 1))
        self._show_body()

    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        self._show_body()

    def _show_body(self) -> None:
        section = self.section
        if section is None:
            return
        text = Text()
        text.append(section.heading, style="bold")
        text.append(f"   nivå {section.level}", style="dim")
        for number, paragraph in enumerate(markup.paragraphs(section.body), start=1):
            text.append(f"\n\n¶{number} ", style="dim")
            text.append_text(body_text(paragraph))
        if not section.body.strip():
            text.append("\n\n(ingen egen text)", style="dim")
        self.query_one("#outline-body", Static).update(text)
        self.query_one("#outline-text", VerticalScroll).scroll_home(animate=False)

    # Editing

    def _edit(self, change: Callable[[], object], select_id: int | None = None) -> None:
        """Run one outline edit and show the outline after it, with `select_id` (or, when
        the edit returns a section, that one) highlighted. A refusal from the store is
        shown, not raised."""
        try:
            result = change()
        except WorkbenchError as exc:
            self.notify(str(exc), severity="warning")
            return
        except Exception as exc:
            # The edit is one transaction, rolled back: say why rather than stop the app
            # (the schema's read-only triggers, for instance, answer in sqlite's own words).
            self.notify(f"Ändringen gick inte att göra: {exc}", severity="error")
            return
        self.app.autosaver.note_saved()
        if isinstance(result, Section) and select_id is None:
            select_id = result.id
        self.reload(select_id, self.index)

    def action_rename(self) -> None:
        section = self.section
        if section is None:
            return

        def done(heading: Heading | None) -> None:
            if heading is not None:
                self._edit(
                    lambda: self.app.store.rename_section(
                        section.id, number=heading.number, title=heading.title
                    ),
                    section.id,
                )

        navigation.ask_heading(
            self.app, f"Byt namn på {section.heading}", done, section.number, section.title
        )

    def action_level(self, step: int) -> None:
        section = self.section
        if section is None:
            return
        level = section.level + step
        if not 1 <= level <= 9:
            return
        self._edit(lambda: self.app.store.set_section_level(section.id, level), section.id)

    def action_merge(self) -> None:
        section = self.section
        if section is None or self.index + 1 >= len(self.sections):
            self.notify("Det finns inget avsnitt efter detta att slå ihop med.")
            return
        following = self.sections[self.index + 1]

        def answered(yes: bool | None) -> None:
            if yes:
                self._edit(lambda: self.app.store.merge_section_with_next(section.id), section.id)

        navigation.confirm(
            self.app,
            f"Slå ihop {section.heading} med {following.heading}?\n"
            "Rubriken blir ett stycke i texten; ställningstaganden följer med.",
            answered,
            yes="Slå ihop",
        )

    def action_split(self) -> None:
        section = self.section
        if section is None:
            return
        paragraphs = markup.paragraphs(section.body)
        if not paragraphs:
            self.notify("Avsnittet har ingen text att dela.")
            return

        def done(split: Split | None) -> None:
            if split is None:
                return
            self._edit(
                lambda: split_section_at_paragraph(
                    self.app.store,
                    section.id,
                    split.at,
                    number=split.number,
                    title=split.title,
                    heading_from_paragraph=split.heading_from_paragraph,
                )
            )

        navigation.ask_split(self.app, section.heading, paragraphs, done)

    def action_move(self, step: int) -> None:
        section = self.section
        if section is None:
            return
        start = self.index
        end = start + 1
        while end < len(self.sections) and self.sections[end].level > section.level:
            end += 1
        # `to` counts the sections left once this one and its subsections are lifted out.
        to = start - 1 if step < 0 else start + 1
        if to < 0 or to > len(self.sections) - (end - start):
            return
        self._edit(lambda: self.app.store.move_section(section.id, to), section.id)

    def action_insert(self) -> None:
        section = self.section
        index = self.index + 1 if section else 0
        level = section.level if section else 1

        def done(heading: Heading | None) -> None:
            if heading is None:
                return
            self._edit(
                lambda: self.app.store.insert_section(
                    self.remiss_id,
                    index,
                    Section(heading.number, heading.title, level_for_number(heading.number, level)),
                )
            )

        navigation.ask_heading(self.app, "Nytt avsnitt", done)

    def action_delete(self) -> None:
        section = self.section
        if section is None:
            return

        def answered(yes: bool | None) -> None:
            if yes:
                self._edit(lambda: self.app.store.delete_section(section.id))

        navigation.confirm(
            self.app, f"Ta bort {section.heading} och dess text ur remissen?", answered
        )

    def action_back(self) -> None:
        self.dismiss()


def _line(section: Section) -> Text:
    line = Text("  " * (section.level - 1))
    line.append(section.heading)
    count = len(markup.paragraphs(section.body))
    if count:
        line.append(f"  {count} st.", style="dim")
    return line
