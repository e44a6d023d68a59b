"""The editor of one position: stance, the lead it gives, the text that continues it, and
whether (and how) it goes into the summary.

It edits the Position object it is given (the screen's own) and reports each change through
`on_edit` synchronously, so that an edit is queued for saving before anything else happens:
widget events arrive asynchronously, and a section switch or a quit must not overtake them.
`sync` pulls whatever the widgets hold that has not been reported yet. A widget event is
handled by comparing the widget's current value with the position, so changes made by `load`
itself are never reported.
"""

from __future__ import annotations

from collections.abc import Callable

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.widgets import Checkbox, Input, Select, Static, TextArea

from workbench.core import markup
from workbench.core.model import Position
from workbench.core.stances import CLASS_LABELS, FREE_TEXT, NO_COMMENTS, NONE, Vocabulary
from workbench.tui.widgets.checked_text import CheckedTextArea


class PositionEditor(Vertical):
    """Stance picker, the italic lead, the text area, the summary toggle and line."""

    def __init__(
        self,
        vocabulary: Vocabulary,
        subject: str,
        on_edit: Callable[[Position, str, object], None],
        **kwargs,
    ) -> None:
        super().__init__(**kwargs)
        self.vocabulary = vocabulary
        self.subject = subject
        self.on_edit = on_edit
        self.position: Position | None = None  # none shown until the first `load`
        self.general = False
        self._lead_shown: Text | None = None

    def compose(self) -> ComposeResult:
        with Horizontal(classes="editor-row"):
            yield Select[str](
                self._stance_options(),
                prompt="Hållning",
                allow_blank=False,
                id="pe-stance",
                compact=True,
            )
            yield Input(placeholder="eget verb", id="pe-verb", compact=True)
        yield Static("", id="pe-lead")
        # Marks misspelled words and words to avoid as the officer types (Språkgranskning).
        yield CheckedTextArea(
            "",
            id="pe-text",
            soft_wrap=True,
            tab_behavior="focus",
            show_line_numbers=False,
            placeholder="Fortsätt meningen … (tom rad mellan stycken, *kursiv*)",
        )
        with Horizontal(classes="editor-row", id="pe-summary-row"):
            yield Checkbox("I sammanfattningen", value=False, id="pe-summary", compact=True)
            yield Input(placeholder="", id="pe-summary-line", compact=True)

    def _stance_options(self) -> list[tuple[Text, str]]:
        return [
            (
                Text.assemble(s.display, (f" ({CLASS_LABELS[s.stance_class]})", "dim"))
                if s.stance_class in CLASS_LABELS and s.stance_class != NONE
                else Text(s.display),
                s.key,
            )
            for s in self.vocabulary
        ]

    def load(self, position: Position, general: bool) -> None:
        """Show `position` (a draft when its id is None) without reporting any change."""
        self.sync()
        self.position = position
        self.general = general
        stance = self.query_one("#pe-stance", Select)
        if position.stance not in self.vocabulary:
            # A verb the organisation has since removed: keep it choosable for this position.
            stance.set_options([*self._stance_options(), (position.stance, position.stance)])
        stance.value = position.stance
        self.query_one("#pe-verb", Input).value = position.verb_override
        area = self.query_one("#pe-text", TextArea)
        if area.text != position.text:
            area.load_text(position.text)
        self.query_one("#pe-summary", Checkbox).value = position.in_summary
        self.query_one("#pe-summary-line", Input).value = position.summary_override
        self._show_lead()
        self._show_summary_line()

    def set_read_only(self, read_only: bool) -> None:
        """An approved response can be read here but not changed."""
        self.text_area.read_only = read_only
        for widget in self.query("Select, Input, Checkbox"):
            widget.disabled = read_only

    @property
    def text_area(self) -> CheckedTextArea:
        return self.query_one("#pe-text", CheckedTextArea)

    def focus_text(self) -> None:
        area = self.text_area
        area.focus()
        area.move_cursor(area.document.end)

    def set_stance(self, stance: str) -> None:
        self.query_one("#pe-stance", Select).value = stance
        self.sync()

    def set_lead(self, stance: str, verb: str = "") -> None:
        """Stance and own verb at once (a position taken from an earlier one)."""
        self.query_one("#pe-stance", Select).value = stance
        self.query_one("#pe-verb", Input).value = verb
        self.sync()

    def toggle_summary(self) -> None:
        switch = self.query_one("#pe-summary", Checkbox)
        switch.value = not switch.value

    def _show_lead(self) -> None:
        position = self.position
        assert position is not None
        lead = self.vocabulary.lead(
            position.stance, self.subject, position.verb_override, general=self.general
        )
        shown = self.query_one("#pe-lead", Static)
        if position.stance == FREE_TEXT:
            wanted = Text("Fritt stycke, utan inledning:", style="dim")
        else:
            wanted = Text.assemble((lead.phrase, "italic"), " …")
        # Most positions read with the same lead: unchanged, it is neither laid out nor drawn
        # again when the officer steps to the next section.
        if wanted != self._lead_shown:
            self._lead_shown = wanted
            shown.update(wanted)
        area = self.text_area
        area.placeholder = (
            f"{lead.default_tail} (eller skriv en egen fortsättning)"
            if position.stance == NO_COMMENTS
            else "Fortsätt meningen … (tom rad mellan stycken, *kursiv*)"
        )
        # Free text has no lead, so no verb to word differently.
        self.query_one("#pe-verb", Input).display = position.stance != FREE_TEXT

    def _show_summary_line(self) -> None:
        assert self.position is not None
        line = self.query_one("#pe-summary-line", Input)
        line.display = self.position.in_summary
        first = markup.first_sentence(self.position.text)
        line.placeholder = (
            f"egen rad (annars: {first[:50]}{'…' if len(first) > 50 else ''})"
            if first
            else "egen rad (annars första meningen)"
        )

    def sync(self) -> None:
        """Report every value the widgets hold that differs from the position."""
        if self.position is None:
            return
        stance = self.query_one("#pe-stance", Select).value
        if isinstance(stance, str):
            self._edited("stance", stance)
        self._edited("verb_override", self.query_one("#pe-verb", Input).value)
        self._edited("text", self.text_area.text)
        self._edited("in_summary", self.query_one("#pe-summary", Checkbox).value)
        self._edited("summary_override", self.query_one("#pe-summary-line", Input).value)

    def _edited(self, field: str, value: object) -> None:
        assert self.position is not None
        if getattr(self.position, field) == value:
            return
        setattr(self.position, field, value)
        if field in ("stance", "verb_override"):
            self._show_lead()
        if field in ("in_summary", "text"):
            self._show_summary_line()
        self.on_edit(self.position, field, value)

    # Widget events only say "something changed"; the current values are what count.

    def on_select_changed(self, event: Select.Changed) -> None:
        event.stop()
        self.sync()

    def on_input_changed(self, event: Input.Changed) -> None:
        event.stop()
        self.sync()

    def on_text_area_changed(self, event: TextArea.Changed) -> None:
        event.stop()
        self.sync()

    def on_checkbox_changed(self, event: Checkbox.Changed) -> None:
        event.stop()
        self.sync()
