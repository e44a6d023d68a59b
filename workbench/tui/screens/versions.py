"""Versioner: every snapshot of a response, to read, compare and restore.

The list on the left holds the versions, newest first; the pane on the right shows the
highlighted one as it read, or a comparison: `j` compares it with the version marked by `m`
(without a mark, with the version before it), `d` with the response as it stands. Diffs are
computed in a thread worker with a Store of its own. `s` saves a version now, with a label;
`r` restores the highlighted one, after asking. A restore never loses anything: it is stored
as a new version, and unsaved changes are saved as a version first.
"""

from __future__ import annotations

from rich.text import Text
from textual import getters, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.screen import Screen
from textual.widgets import OptionList, Static
from textual.worker import get_current_worker

from workbench.core.drafting import GENERAL_HEADING
from workbench.core.model import Version
from workbench.errors import WorkbenchError
from workbench.review import snapshot as snapshots
from workbench.review.diff import ResponseDiff
from workbench.review.report import local_time
from workbench.review.workflow import status_label
from workbench.tui import navigation
from workbench.tui.app import WorkbenchApp
from workbench.tui.diff_text import response_diff_text, snapshot_text
from workbench.tui.widgets.clipped_list import ClippedOptionList
from workbench.tui.widgets.footer import WorkbenchFooter
from workbench.tui.widgets.header import WorkbenchHeader

CAUSES = {"manual": "sparad", "transition": "statusändring", "restore": "återställning"}


class VersionsScreen(Screen):
    app = getters.app(WorkbenchApp)
    HELP = (
        "Versioner: en ögonblicksbild av hela yttrandet sparas vid varje statusändring, vid"
        " återställning och när du sparar en version (s). Markera en version för att läsa den;"
        " j jämför den med versionen du markerat med m (annars med versionen före), d med"
        " nuvarande lydelse. r återställer versionen: det blir en ny version, inget tas bort."
    )
    BINDINGS = [
        Binding("s", "save_version", "Spara version", id="versions.save"),
        Binding(
            "v",
            "view",
            "Visa",
            id="versions.view",
            show=False,  # the highlighted version shows anyway; the footer fits 120 columns
            tooltip="Visa versionen som den lydde",
        ),
        Binding(
            "m",
            "mark",
            "Markera",
            id="versions.mark",
            tooltip="Markera versionen att jämföra från",
        ),
        Binding(
            "j",
            "compare",
            "Jämför",
            id="versions.compare",
            tooltip="Jämför den markerade (annars föregående) versionen med denna",
        ),
        Binding(
            "d",
            "compare_current",
            "Mot nuvarande",
            id="versions.current",
            tooltip="Jämför versionen med nuvarande lydelse",
        ),
        Binding("r", "restore", "Återställ", id="versions.restore"),
        Binding("escape", "back", "Tillbaka", id="versions.back"),
    ]

    def __init__(self, response_id: int) -> None:
        super().__init__()
        self.response_id = response_id
        self.versions: list[Version] = []
        self.marked: int | None = None  # a version number

    def compose(self) -> ComposeResult:
        store = self.app.store
        self.response = store.get_response(self.response_id, with_positions=False)
        self.organisation = store.get_organisation(self.response.organisation_id)
        self.remiss = store.get_remiss(self.response.remiss_id)
        self.vocabulary = store.vocabulary(self.organisation.id)
        yield WorkbenchHeader()
        with Horizontal(id="versions-panes"):
            yield ClippedOptionList(id="versions-list", classes="side-list")
            with VerticalScroll(id="versions-view-box"):
                yield Static(id="versions-view")
        yield Static(id="versions-status", classes="status-bar")
        yield WorkbenchFooter()

    def on_mount(self) -> None:
        self.title = f"Versioner: {self.organisation.name} – {self.remiss.title}"
        self.sub_title = f"{self.response.kind.label} · {self.response.status.label}"
        self.refresh_versions()
        self.query_one("#versions-list", OptionList).focus()

    # The list

    def refresh_versions(self, highlight: int | None = None) -> None:
        """Read the versions again; highlight version `highlight` (else the newest)."""
        self.versions = list(reversed(self.app.store.versions(self.response_id)))
        listing = self.query_one("#versions-list", ClippedOptionList)
        listing.set_lines([self._line(v) for v in self.versions])
        numbers = [v.number for v in self.versions]
        if not self.versions:
            self.query_one("#versions-view", Static).update(
                Text(
                    "Inga versioner ännu. En version sparas vid varje statusändring;"
                    " s sparar en nu.",
                    style="dim",
                )
            )
            self._show_status("")
            return
        index = numbers.index(highlight) if highlight in numbers else 0
        listing.highlighted = index
        self.action_view()

    def _line(self, version: Version) -> Text:
        line = Text()
        marked = version.number == self.marked
        line.append("▶ " if marked else "  ", style="bold cyan")
        line.append(f"{version.number:>3}  ", style="bold")
        line.append(local_time(version.created_at), style="dim")
        line.append(f"  {version.author or '–'}  ")
        line.append(status_label(version.status), style="cyan")
        detail = version.label or CAUSES.get(version.cause, version.cause)
        line.append(f"  {detail}", style="" if version.label else "dim")
        return line

    @property
    def selected(self) -> Version | None:
        index = self.query_one("#versions-list", OptionList).highlighted
        if index is None or not 0 <= index < len(self.versions):
            return None
        return self.versions[index]

    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        event.stop()
        self.action_view()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.action_view()

    def _show_status(self, text: str) -> None:
        mark = f" · markerad: version {self.marked}" if self.marked else ""
        self.query_one("#versions-status", Static).update(
            f"{len(self.versions)} versioner{mark} · {text}" if text else f"Inga versioner{mark}"
        )

    # Reading and comparing

    def action_view(self) -> None:
        version = self.selected
        if version is None:
            return
        headings: dict[int | None, str] = {None: GENERAL_HEADING}
        headings.update({s.id: s.heading for s in self.remiss.sections})
        text = Text()
        text.append(f"Version {version.number}", style="bold")
        text.append(
            f" · {local_time(version.created_at)} · {version.author or '–'}"
            f" · {status_label(version.status)}",
            style="dim",
        )
        if version.label:
            text.append(f"\n{version.label}", style="italic")
        text.append("\n\n")
        text.append_text(
            snapshot_text(snapshots.from_json(version.snapshot), headings, self.vocabulary)
        )
        self._show(text, f"visar version {version.number}")

    def _show(self, text: Text, status: str) -> None:
        self.query_one("#versions-view", Static).update(text)
        self.query_one("#versions-view-box", VerticalScroll).scroll_home(animate=False)
        self._show_status(status)

    def action_mark(self) -> None:
        version = self.selected
        if version is None:
            return
        self.marked = None if self.marked == version.number else version.number
        self.refresh_versions(version.number)

    def action_compare(self) -> None:
        version = self.selected
        if version is None:
            return
        old = self.marked
        if old is None or old == version.number:
            earlier = [v.number for v in self.versions if v.number < version.number]
            if not earlier:
                self.notify("Det finns ingen tidigare version att jämföra med; markera en (m).")
                return
            old = max(earlier)
        first, second = sorted((old, version.number))
        self._compare(first, second)

    def action_compare_current(self) -> None:
        version = self.selected
        if version is not None:
            self._compare(version.number, None)

    def _compare(self, old: int, new: int | None) -> None:
        self.app.autosaver.flush()
        what = f"version {old} → {'nuvarande lydelse' if new is None else f'version {new}'}"
        self._show(Text(f"Jämför {what} …", style="dim italic"), f"jämför {what}")
        path = self.app.store.path
        if path is None:
            from workbench.usecases.review import diff_response

            self._compared(diff_response(self.app.store, self.response_id, old, new), what)
        else:
            self._diff_worker(path, old, new, what)

    @work(thread=True, exclusive=True, group="versions-diff")
    def _diff_worker(self, path, old: int, new: int | None, what: str) -> None:
        from workbench.usecases.review import diff_response

        worker = get_current_worker()
        try:
            with self.app.store.for_worker() as store:
                result = diff_response(store, self.response_id, old, new)
        except WorkbenchError as exc:
            self.app.call_from_thread(self.notify, str(exc), severity="error")
            return
        if not worker.is_cancelled:
            self.app.call_from_thread(self._compared, result, what)

    def _compared(self, result: ResponseDiff, what: str) -> None:
        if self.is_attached:
            self._show(response_diff_text(result), f"jämför {what}")

    # Saving and restoring

    def action_save_version(self) -> None:
        def answered(label: str | None) -> None:
            if label is None:
                return
            self.app.autosaver.flush()
            try:
                made = self.app.store.save_version(self.response_id, label, self.app.user)
            except WorkbenchError as exc:
                self.notify(str(exc), severity="error")
                return
            self.notify(f"Version {made.number} sparad.")
            self.refresh_versions(made.number)

        navigation.ask_text(
            self.app,
            "Spara version",
            answered,
            placeholder="Etikett, t.ex. Inför nämnden (valfritt)",
            ok="Spara",
            single_line=True,
        )

    def action_restore(self) -> None:
        version = self.selected
        if version is None:
            return
        question = (
            f"Återställ version {version.number}?\n"
            "Ställningstagandena och ärendeuppgifterna blir som i den versionen. Resultatet"
            " sparas som en ny version, och nuvarande lydelse sparas först som en version om"
            " den inte redan är sparad. Inget tas bort."
        )

        def answered(yes: bool | None) -> None:
            if yes:
                self._restore(version.number)

        navigation.confirm(self.app, question, answered, yes="Återställ")

    def _restore(self, number: int) -> None:
        from workbench.usecases.review import restore_version

        self.app.autosaver.flush()
        try:
            kept, made = restore_version(self.app.store, self.response_id, number, self.app.user)
        except WorkbenchError as exc:
            self.notify(str(exc), severity="error")
            return
        before = f" Nuvarande lydelse sparades först som version {kept.number}." if kept else ""
        self.notify(f"Version {number} återställd som version {made.number}.{before}")
        self.refresh_versions(made.number)

    def action_back(self) -> None:
        self.app.pop_screen()
