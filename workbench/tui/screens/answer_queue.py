"""Att bekräfta: what the import of received answers was unsure of, one item at a time.

Two kinds of item: an answer whose organisation is a guess, and a position whose section or
stance is below the import's confidence. The officer confirms it as read (`j`), names another
organisation for the answer (`o`, `SenderDialog`), picks another section (`a`) or stance
(`h`), or strikes a stray line that is no position (`x`); each choice is written to the store
at once and the item leaves the queue.
"""

from __future__ import annotations

from dataclasses import dataclass

from rich.text import Text
from textual import getters
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen, Screen
from textual.widgets import DataTable, OptionList, Static
from textual.widgets.option_list import Option

from workbench.compilation.matrix import MARK_SYMBOLS, mark_of
from workbench.core.model import AnswerImport, ReviewItem
from workbench.core.stances import CLASS_LABELS, NONE
from workbench.errors import WorkbenchError
from workbench.tui import navigation
from workbench.tui.app import WorkbenchApp
from workbench.tui.screens.compilation import MARK_STYLES
from workbench.tui.widgets.footer import WorkbenchFooter
from workbench.tui.widgets.header import WorkbenchHeader

WHOLE_REMISS = "__whole__"
TEXT_WIDTH = 44
# The organisation's column is cut: a provisional name ("… (obekräftad: samrad-ga5.txt)")
# took all of 80 columns, and section, stance and why were past the edge. The pane below
# says it all whole.
ORGANISATION_WIDTH = 24


def _cut(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


@dataclass
class QueueRow:
    key: str
    item: ReviewItem | None = None
    answer: AnswerImport | None = None
    stance: Text | None = None  # the position's stance as the table shows it


class QueueTable(DataTable):
    BINDINGS = [
        Binding("enter", "select_cursor", "Läs", id="answer_queue.read", show=False),
    ]


class AnswerQueueScreen(Screen):
    app = getters.app(WorkbenchApp)
    HELP = (
        "Att bekräfta: inlästa svar där organisationen är gissad och ställningstaganden där"
        " avsnitt eller hållning är osäkra. j bekräftar som det står, o anger en annan"
        " organisation för ett svar, a väljer ett annat avsnitt, h en annan hållning, x stryker"
        " en rad som inte är något ställningstagande."
    )

    BINDINGS = [
        Binding("escape", "back", "Tillbaka", id="answer_queue.back"),
        Binding("j", "accept", "Bekräfta", id="answer_queue.accept", tooltip="Bekräfta som läst"),
        Binding(
            "o",
            "name_sender",
            "Organisation",
            id="answer_queue.sender",
            tooltip="Ange en annan organisation än den gissade",
        ),
        Binding("a", "pick_section", "Avsnitt", id="answer_queue.section", tooltip="Välj avsnitt"),
        Binding("h", "pick_stance", "Hållning", id="answer_queue.stance", tooltip="Välj hållning"),
        Binding(
            "x", "drop", "Stryk", id="answer_queue.drop", tooltip="Inget ställningstagande: stryk"
        ),
    ]

    def __init__(self, remiss_id: int) -> None:
        super().__init__()
        self.remiss_id = remiss_id
        self.rows: list[QueueRow] = []

    def compose(self) -> ComposeResult:
        yield WorkbenchHeader()
        yield QueueTable(id="queue-table", cursor_type="row", zebra_stripes=True)
        yield Static("", id="queue-text")
        yield WorkbenchFooter()

    def on_mount(self) -> None:
        self.sub_title = "Att bekräfta"
        table = self.query_one(QueueTable)
        # The text last: the pane below shows it whole, so it may be cut here.
        for label in ("Organisation", "Avsnitt", "Hållning", "Varför", "Text"):
            table.add_column(label, key=label)
        self.reload()
        table.focus()

    def reload(self) -> None:
        store = self.app.store
        remiss = store.get_remiss(self.remiss_id, with_sections=False)
        self.title = remiss.title
        table = self.query_one(QueueTable)
        row_index = table.cursor_coordinate.row
        table.clear()
        self.rows = []
        for answer in store.unconfirmed_organisations(self.remiss_id):
            key = f"org:{answer.response_id}"
            response = store.get_response(answer.response_id, with_positions=False)
            name = store.get_organisation(response.organisation_id).name
            self.rows.append(QueueRow(key, answer=answer))
            table.add_row(
                Text(_cut(name, ORGANISATION_WIDTH), style="bold magenta"),
                "–",
                "–",
                f"organisationen gissad ({answer.organisation_confidence:.0%})",
                answer.source_name,
                key=key,
            )
        for item in store.review_queue(self.remiss_id):
            position = item.position
            vocabulary = store.vocabulary(
                store.get_response(item.response_id, with_positions=False).organisation_id
            )
            mark = mark_of(position.stance, vocabulary.stance_class(position.stance))
            stance = vocabulary.get(position.stance)
            key = f"pos:{position.id}"
            stance_text = Text.assemble(
                (MARK_SYMBOLS[mark] + " ", MARK_STYLES[mark]),
                stance.display if stance else position.stance,
            )
            self.rows.append(QueueRow(key, item=item, stance=stance_text))
            table.add_row(
                _cut(item.organisation, ORGANISATION_WIDTH),
                item.section_number or "Hela remissen",
                stance_text,
                position.review_note,
                " ".join(f"{position.lead} {position.text}".split())[:TEXT_WIDTH],
                key=key,
            )
        if table.row_count:
            table.move_cursor(row=min(row_index, table.row_count - 1))
        else:
            self.query_one("#queue-text", Static).update(
                "Inget att bekräfta: alla inlästa svar är genomgångna. Esc går tillbaka."
            )
        self._show_current()

    @property
    def current(self) -> QueueRow | None:
        table = self.query_one(QueueTable)
        if not table.row_count or table.cursor_coordinate.row >= len(self.rows):
            return None
        return self.rows[table.cursor_coordinate.row]

    def on_data_table_row_highlighted(self, event: DataTable.RowHighlighted) -> None:
        self._show_current()
        self.refresh_bindings()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "name_sender":
            row = self.current
            return True if row is not None and row.answer is not None else None
        return True

    def _show_current(self) -> None:
        row = self.current
        text = self.query_one("#queue-text", Static)
        if row is None:
            return
        if row.answer is not None:
            text.update(
                f"{row.answer.source_name}: organisationen är gissad som"
                f" ”{row.answer.organisation_guess}”. j bekräftar den, o anger en annan."
            )
            return
        assert row.item is not None
        position = row.item.position
        section = (
            f"{row.item.section_number} {row.item.section_title}"
            if row.item.section_number
            else "Hela remissen"
        )
        # The stance and why the import was unsure of it: at 80 columns the table's own
        # columns for them are past the edge.
        why = f" · {position.review_note}" if position.review_note else ""
        text.update(
            Text.assemble(
                (f"{row.item.organisation} · {section}", "bold"),
                # Two answers of one organisation (its komplettering) differ by their file.
                (f" ({row.item.source_name})\n" if row.item.source_name else "\n", "dim"),
                row.stance or "",
                (f"{why}\n", "dim"),
                (position.lead + " " if position.lead else "", "italic"),
                position.text,
            )
        )

    # Actions

    def action_back(self) -> None:
        self.app.pop_screen()

    def _write(self, change) -> None:
        try:
            change(self.app.store)
        except WorkbenchError as exc:
            self.notify(str(exc), severity="error")
        self.reload()

    def action_accept(self) -> None:
        row = self.current
        if row is None:
            return
        if row.answer is not None:
            from workbench.usecases.answer_import import confirm_guessed_organisation

            response_id = row.answer.response_id
            self._write(lambda s: confirm_guessed_organisation(s, response_id))
        elif row.item is not None:
            position_id = row.item.position.id
            self._write(lambda s: s.correct_position(position_id))

    def action_name_sender(self) -> None:
        """Ask for the organisation the answer is filed under, the guess filled in."""
        row = self.current
        if row is None or row.answer is None:
            return
        from workbench.usecases.answer_import import (
            confirm_guessed_organisation,
            is_provisional,
        )

        answer = row.answer
        organisations = [
            org.name for org in self.app.store.list_organisations() if not is_provisional(org.name)
        ]

        def named(name: str | None) -> None:
            if name is None:
                return  # Esc: the answer waits in the queue
            response_id = answer.response_id
            self._write(lambda s: confirm_guessed_organisation(s, response_id, name))
            store = self.app.store
            filed = store.get_organisation(
                store.get_response(response_id, with_positions=False).organisation_id
            ).name
            if not is_provisional(filed):
                self.notify(f"{answer.source_name} ligger nu under {filed}.")

        navigation.ask_sender(
            self.app, answer.source_name, answer.organisation_guess, organisations, named
        )

    def action_drop(self) -> None:
        row = self.current
        if row is None or row.item is None:
            return
        position_id = row.item.position.id
        self._write(lambda s: s.drop_position(position_id))

    def action_pick_section(self) -> None:
        row = self.current
        if row is None or row.item is None:
            return
        remiss = self.app.store.get_remiss(self.remiss_id)
        options = [Option("Hela remissen", id=WHOLE_REMISS)]
        options += [Option(s.heading, id=str(s.id)) for s in remiss.sections]
        position_id = row.item.position.id

        def chosen(value: str | None) -> None:
            if value is None:
                return
            section_id = None if value == WHOLE_REMISS else int(value)
            self._write(lambda s: s.correct_position(position_id, section_id=section_id))

        # Opened on the section the import chose: the right one is most often near it, and a
        # plan has a hundred sections to scroll through from the top.
        section_id = row.item.position.section_id
        current = WHOLE_REMISS if section_id is None else str(section_id)
        navigation.choose(self.app, "Avsnitt", options, chosen, current)

    def action_pick_stance(self) -> None:
        row = self.current
        if row is None or row.item is None:
            return
        store = self.app.store
        response = store.get_response(row.item.response_id, with_positions=False)
        vocabulary = store.vocabulary(response.organisation_id)
        # Each stance with its class, in the words Arbetsyta's picker uses ("förslag", not
        # the compilation's "Synpunkter" for proposals, comments and accounts alike).
        options = [
            Option(
                f"{stance.display} ({CLASS_LABELS[stance.stance_class]})"
                if stance.stance_class in CLASS_LABELS and stance.stance_class != NONE
                else stance.display,
                id=stance.key,
            )
            for stance in vocabulary
        ]
        position_id = row.item.position.id

        def chosen(value: str | None) -> None:
            if value is not None:
                self._write(lambda s: s.correct_position(position_id, stance=value))

        navigation.choose(self.app, "Hållning", options, chosen, row.item.position.stance)


LIST_LINES = 20  # the choices shown at most
DIALOG_SHARE = 0.85  # of the screen's height: .dialog's max-height in app.tcss
DIALOG_CHROME = 7  # the dialog's border, padding, title with its margin, and footer


class _ChoiceList(OptionList):
    """An option list that keeps its highlight in sight when its height changes."""

    def _on_resize(self) -> None:
        super()._on_resize()
        # The dialog sets the list's height after the first scroll: scrolled while 20 lines
        # tall and then cut to 11, the highlighted section sat below the cut.
        self.call_after_refresh(self.scroll_to_highlight)


class ChoiceScreen(ModalScreen[str | None]):
    """Pick one option; dismissed with its id, or None on Esc."""

    BINDINGS = [Binding("escape", "close", "Avbryt", id="choice.close")]

    def __init__(self, title: str, options: list[Option], current: str | None = None) -> None:
        super().__init__()
        self.heading = title
        self.options = options
        self.current = current

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Static(self.heading, classes="dialog-title")
            yield _ChoiceList(*self.options, id="choice-options")
            yield WorkbenchFooter()

    def on_mount(self) -> None:
        options = self.query_one(OptionList)
        options.focus()
        ids = [option.id for option in self.options]
        if self.current in ids:
            options.highlighted = ids.index(self.current)

    def on_resize(self) -> None:
        # The list as tall as the dialog has room for: at 80×24 its own 20 lines were cut by
        # the dialog, and a highlighted section below the cut was out of sight.
        options = self.query_one(OptionList)
        room = int(self.size.height * DIALOG_SHARE) - DIALOG_CHROME
        options.styles.max_height = max(3, min(LIST_LINES, room))

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.dismiss(event.option.id)

    def action_close(self) -> None:
        self.dismiss(None)
