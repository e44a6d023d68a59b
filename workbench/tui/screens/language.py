"""Språkgranskning in the workspace: the fix dialog for one finding (suggestions, "lägg till i
ordlistan", "ignorera här") and the Språk panel (every finding of the response by section).

`LanguageActions` is the workspace's mixin: it loads the dictionary in a thread worker the
first time a workspace opens (never at start), gives the editor its checker, and holds the
two actions. The checks themselves are the pure `workbench.language`.
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING, Any

from rich.text import Text
from textual import getters, on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from workbench.core.drafting import GENERAL_HEADING
from workbench.language.findings import AVOID, KIND_LABELS, SPELLING, TEXT, Finding
from workbench.language.text import lix_label
from workbench.tui import navigation
from workbench.tui.app import WorkbenchApp

ADD_WORD = "__add__"
IGNORE = "__ignore__"


def is_advice(alternative: str) -> bool:
    """An alternative that says what to do rather than what to write."""
    return any(mark in alternative for mark in ('"', "(", ":", "…"))


def same_case(word: str, alternative: str) -> str:
    """ "Beträffande" opening a sentence becomes "Om", not "om"."""
    return alternative[:1].upper() + alternative[1:] if word[:1].isupper() else alternative


class LanguageFixScreen(ModalScreen[tuple[str, str] | None]):
    """One marked word: dismissed with ("replace", text), ("add", word), ("ignore", "") or
    None. A misspelling's suggestions are computed in a worker."""

    BINDINGS = [Binding("escape", "close", "Stäng", id="language_fix.close")]

    def __init__(
        self,
        word: str,
        kind: str,
        checker,
        alternatives: tuple[str, ...] = (),
        takeable: bool = True,
    ):
        super().__init__()
        self.word = word
        self.kind = kind
        self.checker = checker
        self.alternatives = alternatives
        self.takeable = takeable  # False: the alternatives are base forms of an inflected word

    def compose(self) -> ComposeResult:
        with Vertical(id="language-fix", classes="dialog"):
            title = Text.assemble((f"{KIND_LABELS[self.kind]}: ", "bold"), (self.word, "bold red"))
            yield Static(title, id="language-fix-title")
            options = [self._alternative(alt) for alt in self.alternatives]
            if self.kind == SPELLING:
                options.append(Option(Text("Letar förslag …", style="italic"), disabled=True))
                options.append(Option("Lägg till i ordlistan", id=ADD_WORD))
            options.append(Option("Ignorera här", id=IGNORE))
            yield OptionList(*options, id="language-fix-options")
            yield Static(
                "Enter: ta förslaget · Esc: stäng"
                + (
                    " (förslagen för krångliga ord är råd: läs om meningen)"
                    if self.kind == AVOID
                    else ""
                ),
                classes="hint",
            )

    def _alternative(self, alternative: str) -> Option:
        """A plainer wording to take with Enter; advice ("skriv adverbet …") and base forms
        for an inflected word ("få" for "erhöll") are shown but not inserted."""
        if is_advice(alternative) or not self.takeable:
            note = "" if is_advice(alternative) else f" (böj som ”{self.word}”)"
            return Option(Text(alternative + note, style="italic"), disabled=True)
        return Option(
            same_case(self.word, alternative), id=f"alt:{same_case(self.word, alternative)}"
        )

    def on_mount(self) -> None:
        listing = self.query_one(OptionList)
        listing.focus()
        enabled = [
            i for i in range(listing.option_count) if not listing.get_option_at_index(i).disabled
        ]
        if enabled:
            listing.highlighted = enabled[0]
        if self.kind == SPELLING:
            self.find_suggestions()

    @work(thread=True, exclusive=True, group="language-suggest")
    def find_suggestions(self) -> None:
        suggestions = self.checker.suggestions(self.word)
        self.app.call_from_thread(self._show_suggestions, suggestions)

    def _show_suggestions(self, suggestions: list[str]) -> None:
        if not self.is_attached:
            return
        listing = self.query_one(OptionList)
        listing.clear_options()
        options = [Option(s, id=f"alt:{s}") for s in suggestions]
        if not options:
            options.append(Option(Text("Inga förslag", style="italic"), disabled=True))
        listing.add_options([*options, Option("Lägg till i ordlistan", id=ADD_WORD)])
        listing.add_option(Option("Ignorera här", id=IGNORE))
        listing.highlighted = 0

    @on(OptionList.OptionSelected, "#language-fix-options")
    def chosen(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        choice = event.option.id or ""
        if choice == ADD_WORD:
            self.dismiss(("add", self.word))
        elif choice == IGNORE:
            self.dismiss(("ignore", ""))
        elif choice.startswith("alt:"):
            self.dismiss(("replace", choice[4:]))

    def action_close(self) -> None:
        self.dismiss(None)


class LanguagePanel(ModalScreen[Finding | None]):
    """Språk: the response's findings by section; Enter goes to one."""

    app = getters.app(WorkbenchApp)

    BINDINGS = [
        Binding("escape", "close", "Stäng", id="language_panel.close"),
        Binding("i", "ignore", "Ignorera här", id="language_panel.ignore"),
    ]

    def __init__(self, checker, response, ignored: set, headings: dict) -> None:
        super().__init__()
        self.checker = checker
        self.response = response
        self.ignored = ignored  # the workspace's own set: what is ignored here is ignored there
        self.headings = headings  # section id → heading
        self.findings: list[Finding] = []

    def compose(self) -> ComposeResult:
        with Vertical(id="language-panel", classes="dialog"):
            yield Static(Text("Språk: granskar …", style="bold"), id="language-title")
            yield OptionList(id="language-findings")
            yield Static(
                "Enter: gå till stället · i: ignorera här · Alt+S i texten: nästa anmärkning,"
                " med förslag · Esc: stäng",
                classes="hint",
            )

    def on_mount(self) -> None:
        self.query_one(OptionList).focus()
        self.run_check()

    @work(thread=True, exclusive=True, group="language-check")
    def run_check(self) -> None:
        report = self.checker.check_response(self.response, set(self.ignored))
        self.app.call_from_thread(self._show, report)

    def _show(self, report) -> None:
        if not self.is_attached:
            return
        self.findings = report.findings
        title = Text("Språk", style="bold")
        title.append(f" · {len(report.findings)} anmärkningar")
        if report.lix is not None:
            title.append(f" · LIX {report.lix} ({lix_label(report.lix)})")
        if report.dictionary_missing:
            title.append(f"\n{report.dictionary_missing}", style="yellow")
        self.query_one("#language-title", Static).update(title)
        listing = self.query_one(OptionList)
        options: list[Option] = []
        current = object()
        for index, finding in enumerate(report.findings):
            group = (finding.section_id, finding.field if finding.position_id is None else "")
            if group != current:
                current = group
                if (
                    finding.position_id is None
                    and finding.section_id is None
                    and finding.field != TEXT
                ):
                    heading = f"Ärendeuppgifter: {finding.field}"
                else:
                    heading = self.headings.get(finding.section_id, GENERAL_HEADING)
                shown = Text(heading, style="bold")
                values = [
                    str(report.position_lix[p.id])
                    for p in sorted(self.response.positions, key=lambda p: p.order)
                    if p.section_id == finding.section_id and p.id in report.position_lix
                ]
                if values and finding.position_id is not None:
                    shown.append(f"  LIX {', '.join(values)}", style="dim")
                options.append(Option(shown, disabled=True))
            line = Text("  ")
            line.append(
                f"{KIND_LABELS[finding.kind]}: ",
                style="red" if finding.kind == SPELLING else "yellow",
            )
            shown = finding.text if len(finding.text) <= 40 else finding.text[:39] + "…"
            line.append(f"{shown} ", style="bold")
            line.append(finding.message, style="dim")
            options.append(Option(line, id=str(index)))
        if not report.findings:
            options.append(Option(Text("Inga anmärkningar.", style="green"), disabled=True))
        before = listing.highlighted or 0
        listing.set_options(options)
        enabled = [i for i, option in enumerate(options) if not option.disabled]
        if enabled:
            # Where the cursor was (after "ignorera här" the list is one shorter), else the top.
            listing.highlighted = next((i for i in enabled if i >= before), enabled[-1])

    @on(OptionList.OptionSelected, "#language-findings")
    def chosen(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if event.option.id is not None:
            self.dismiss(self.findings[int(event.option.id)])

    def action_ignore(self) -> None:
        """Put the highlighted finding aside where it is; it stays aside in the editor too."""
        listing = self.query_one(OptionList)
        if listing.highlighted is None:
            return
        option = listing.get_option_at_index(listing.highlighted)
        if option.id is None:
            return
        finding = self.findings[int(option.id)]
        self.app.store.ignore_finding(self.response.id, finding.ignore_key)
        self.ignored.add(finding.ignore_key)
        self.run_check()

    def action_close(self) -> None:
        self.dismiss(None)


# Seconds without an edit before the dictionary loads. Hunspell holds the interpreter while it
# reads its files (about 0.4 s here, more on a busy machine), so the load waits for a pause in
# the typing and the autosaver writes what was typed first: "nothing is lost" must not wait on
# the dictionary. None: only at the first need (Alt+S, Alt+L), as the tests have it
# (tests/conftest.py) but for those of Språkgranskning, which load it at once (0).
LOAD_AFTER_QUIET: float | None = 2.0


class LanguageActions:
    """The workspace's Språkgranskning: a mixin for WorkspaceScreen (which provides `editor`,
    `response`, `remiss`, `organisation`, `vocabulary`, `go_to` and `drafting`)."""

    language_checker: Any = None
    _language_loading = False
    _language_timer: Any = None

    if TYPE_CHECKING:
        # What the workspace provides (see the docstring); declared for the type checker.
        app: WorkbenchApp
        editor: Any
        response: Any
        response_id: int
        remiss: Any
        organisation: Any
        vocabulary: Any
        sections: list[Any]
        is_attached: bool

        def go_to(self, section_id: int | None, position_id: int | None = None) -> None: ...

        drafting: Any

        def _refuse_if_read_only(self) -> bool: ...
        def notify(self, message: str, **kwargs: Any) -> None: ...
        def set_timer(self, *args: Any, **kwargs: Any) -> Any: ...

    def on_mount(self) -> None:
        # Textual calls each class's on_mount in turn; this one readies the dictionary's load.
        area = self.editor.text_area
        area.is_ignored = self._language_ignored
        area.edited = self._language_wait
        self._language_ignored_keys = self.app.store.ignored_findings(self.response_id)
        self._language_wait()

    def _language_wait(self) -> None:
        """(Re)start the quiet period after which the dictionary loads."""
        if self.language_checker is not None or self._language_loading or LOAD_AFTER_QUIET is None:
            return
        if self._language_timer is not None:
            self._language_timer.stop()
        if LOAD_AFTER_QUIET <= 0:
            self._language_start()
        else:
            self._language_timer = self.set_timer(LOAD_AFTER_QUIET, self._language_start)

    def _language_start(self) -> None:
        if self.language_checker is not None or self._language_loading:
            return
        self._language_loading = True
        if self._language_timer is not None:
            self._language_timer.stop()
        self.editor.sync()
        self.app.autosaver.flush()
        self.load_language(self.app.store.word_list(self.organisation.id))

    def _language_not_ready(self) -> bool:
        """Asked for before the dictionary is there: load it now (the first need)."""
        if self.language_checker is not None:
            return False
        self._language_start()
        self.notify("Ordlistan laddas, försök igen om en stund.")
        return True

    @work(thread=True, exclusive=True, group="language-load")
    def load_language(self, word_list: list[str]) -> None:
        from workbench.usecases.language import shared_dictionary

        dictionary = shared_dictionary()
        self.app.call_from_thread(self._language_loaded, dictionary, word_list)

    def _language_loaded(self, dictionary, word_list: list[str]) -> None:
        from workbench.language.check import LanguageChecker
        from workbench.usecases.language import dictionary_missing

        self.language_checker = LanguageChecker(
            dictionary, self.remiss, self.organisation, self.vocabulary, word_list
        )
        if dictionary is None:
            self.notify(dictionary_missing(), severity="warning")
        if self.is_attached:
            self.editor.text_area.set_checker(self.language_checker)

    def _language_ignored(self, kind: str, text: str) -> bool:
        position = self.editor.position
        key = (kind, position.id if position else None, TEXT, text.casefold())
        return key in self._language_ignored_keys

    def action_language_next(self) -> None:
        """The next marked word after the cursor, with what to do about it."""
        area = self.editor.text_area
        if self._language_not_ready():
            return
        mark = area.next_mark()
        if mark is None:
            self.notify(
                "Inga stavfel eller krångliga ord i ställningstagandet (Alt+L: hela yttrandet)."
            )
            return
        row, start, end, kind = mark
        area.selection = ((row, start), (row, end))
        area.focus()
        word = area.document.get_line(row)[start:end]
        alternatives: tuple[str, ...] = ()
        takeable = True
        if kind == AVOID:
            found = next(iter(self.language_checker.avoid.find(word)), None)
            if found is not None:
                alternatives = found[1].instead
                # The alternatives are written for the headword; another form needs bending.
                takeable = word.casefold() == found[1].headword or len(found[1].forms) == 1
        navigation.fix_language(
            self.app,
            word,
            kind,
            self.language_checker,
            alternatives,
            takeable,
            lambda choice: self._language_fixed(choice, row, start, end, kind, word),
        )

    def _language_fixed(self, choice, row: int, start: int, end: int, kind: str, word: str) -> None:
        if choice is None:
            return
        area = self.editor.text_area
        action, value = choice
        if action == "replace":
            if self._refuse_if_read_only() or area.document.get_line(row)[start:end] != word:
                return  # approved, or the text changed under the dialog
            area.replace(value, (row, start), (row, end))
            self.editor.sync()
        elif action == "add":
            added = self.app.store.add_word(self.organisation.id, word)
            self.language_checker.add_word(added)
            self.notify(f"”{word}” finns nu i {self.organisation.name}s ordlista.")
            area.recheck()
        elif action == "ignore":
            position = self.editor.position
            if position is None or position.id is None:
                self.editor.sync()
                position = self.editor.position
            key = (kind, position.id if position else None, TEXT, word.casefold())
            self.app.store.ignore_finding(self.response_id, key)
            self._language_ignored_keys.add(key)
            area.recheck()
        area.focus()

    def action_language_panel(self) -> None:
        if self._language_not_ready():
            return
        self.editor.sync()
        response = dataclasses.replace(self.response, positions=self.drafting.reading_order())
        headings = {s.id: s.heading for s in self.sections}

        def chosen(finding: Finding | None) -> None:
            self.editor.text_area.recheck()  # findings ignored in the panel
            if finding is None:
                return
            if finding.position_id is None:
                if finding.section_id is not None:
                    self.go_to(finding.section_id)
                return
            self.go_to(finding.section_id, finding.position_id)
            if finding.field == TEXT:
                area = self.editor.text_area
                start = area.document.get_location_from_index(finding.start)
                end = area.document.get_location_from_index(finding.end)
                area.focus()
                area.selection = (start, end)

        navigation.open_language_panel(
            self.app,
            self.language_checker,
            response,
            self._language_ignored_keys,
            headings,
            chosen,
        )
