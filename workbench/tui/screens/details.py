"""Ärendeuppgifter: every case field of a response, and the remiss's own data, autosaved.

A field the chosen document kind needs before export is marked while it is empty; a date
that is not ÅÅÅÅ-MM-DD is flagged and not stored until it is one. Nothing blocks typing.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from functools import partial

from rich.text import Text
from textual import getters
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.screen import Screen
from textual.widgets import Checkbox, Input, Label, Select, Static, TextArea

from workbench.core.model import RESPONSE_DATE_FIELDS, RESPONSE_LIST_FIELDS, Kind, Response
from workbench.document import case_fields
from workbench.document.case_fields import CASE_FIELDS, KIND_CHOICES, check_date, missing_for_export
from workbench.review.workflow import READ_ONLY, READ_ONLY_MESSAGE
from workbench.tui.app import WorkbenchApp
from workbench.tui.widgets.footer import WorkbenchFooter
from workbench.tui.widgets.form import BoundForm
from workbench.tui.widgets.header import WorkbenchHeader
from workbench.tui.widgets.save_status import SaveStatus

REMISS_FIELDS = (
    ("title", "Remissens titel", ""),
    ("sender", "Avsändare", ""),
    ("sender_dnr", "Avsändarens dnr (Ert Dnr)", ""),
    ("received", "Inkommen", "ÅÅÅÅ-MM-DD"),
    ("reply_by", "Svara senast", "ÅÅÅÅ-MM-DD"),
)
REMISS_DATES = ("received", "reply_by")
_REMISS_CHECKS = {"title": lambda text: "" if text.strip() else "Remissen måste ha en titel."}


class DetailsScreen(Screen):
    app = getters.app(WorkbenchApp)
    BINDINGS = [
        Binding("escape", "back", "Tillbaka", id="details.back"),
        Binding("ctrl+s", "save", "Spara nu", id="details.save", priority=True, show=False),
        Binding("f3", "back", "Arbetsytan", id="details.workspace", show=False),
    ]

    def __init__(self, response_id: int) -> None:
        super().__init__()
        self.response_id = response_id
        self.form = BoundForm("f")

    def compose(self) -> ComposeResult:
        store = self.app.store
        self.response: Response = store.get_response(self.response_id, with_positions=False)
        self.organisation = store.get_organisation(self.response.organisation_id)
        self.remiss = store.get_remiss(self.response.remiss_id, with_sections=False)
        response, remiss = self.response, self.remiss
        yield WorkbenchHeader()
        yield Static(id="details-missing")
        with VerticalScroll(id="details-form"):
            yield Static(Text("Dokumentet", style="bold"), classes="form-group")
            yield from self.form.choice_row(
                "kind",
                "Dokumenttyp",
                KIND_CHOICES,
                response.kind.value,
                self._save_response("kind"),
            )
            with Horizontal(classes="form-row"):
                yield Label("Status", classes="form-label")
                yield Static(response.status.label, id="f-status", classes="form-value")
            with Horizontal(classes="form-row"):
                yield Label("Under remissens rubriker", classes="form-label")
                yield Checkbox(
                    "ja (annars löpande text i er ordning)",
                    value=response.section_headings,
                    id="f-section_headings",
                    compact=True,
                )
            self.form.register(
                "section_headings", "f-section_headings", self._save_response("section_headings")
            )
            for field in CASE_FIELDS:
                if field.group:
                    yield Static(Text(field.group, style="bold"), classes="form-group")
                value = getattr(response, field.name)
                if field.name in RESPONSE_DATE_FIELDS:
                    shown = value.isoformat() if value else ""
                elif isinstance(value, list):
                    shown = case_fields.list_text(value)
                else:
                    shown = value
                yield from self.form.row(
                    field.name,
                    field.label,
                    shown,
                    self._save_response(field.name),
                    long=field.long,
                    hint=self._hint(field.name, field.hint),
                    check=check_date if field.name in RESPONSE_DATE_FIELDS else None,
                )
            org_signatories = case_fields.signatories_text(self.organisation.signatories)
            yield from self.form.row(
                "signatories",
                case_fields.SIGNATORIES_LABEL,
                ""
                if response.signatories is None
                else case_fields.signatories_text(response.signatories),
                self._save_signatories,
                long=True,
                hint="Namn, Titel – en per rad; tom: organisationens"
                + (f" ({org_signatories.replace(chr(10), '; ')})" if org_signatories else ""),
            )
            yield Static(Text("Remissen", style="bold"), classes="form-group")
            for name, label, hint in REMISS_FIELDS:
                value = getattr(remiss, name)
                shown = value.isoformat() if name in REMISS_DATES and value else (value or "")
                yield from self.form.row(
                    f"remiss.{name}",
                    label,
                    shown,
                    partial(self._save_remiss, name),
                    hint=hint,
                    check=check_date if name in REMISS_DATES else _REMISS_CHECKS.get(name),
                )
        with Horizontal(classes="status-bar"):
            yield Static(f"{self.organisation.name} · {remiss.title}", id="details-context")
            yield SaveStatus(id="details-saved")
        yield WorkbenchFooter()

    def _hint(self, name: str, hint: str) -> str:
        """What an empty field stands for, where the organisation has a default."""
        default = {"deciding_body": self.organisation.deciding_body}.get(name, "")
        return f"tom: {default}" if default else hint

    def on_mount(self) -> None:
        self.title = "Ärendeuppgifter"
        self.sub_title = f"{self.organisation.name} – {self.remiss.title}"
        self.form.attach(self)
        if self.response.status in READ_ONLY:
            # Approved: the case is read-only until reopened; the remiss's own data is not.
            for widget in self.query(
                "#details-form Input, #details-form Select, "
                "#details-form Checkbox, #details-form TextArea"
            ):
                if widget.id and not widget.id.startswith("f-remiss-"):
                    if isinstance(widget, TextArea):
                        widget.read_only = True
                    else:
                        widget.disabled = True
        self.app.autosaver.add_collector(self.sync)
        self._show_missing()
        self.query_one("#f-our_dnr").focus()

    def on_unmount(self) -> None:
        self.app.autosaver.remove_collector(self.sync)
        self.app.autosaver.flush()

    # Saving: widget events only say "something changed"; the current values are what count.

    def sync(self) -> None:
        if self.form.sync():
            self._show_missing()

    def on_input_changed(self, event: Input.Changed) -> None:
        self.sync()

    def on_text_area_changed(self, event: TextArea.Changed) -> None:
        self.sync()

    def on_select_changed(self, event: Select.Changed) -> None:
        self.sync()

    def on_checkbox_changed(self, event: Checkbox.Changed) -> None:
        self.sync()

    def on_descendant_blur(self) -> None:
        self.app.autosaver.flush()

    def on_screen_suspend(self) -> None:
        self.app.autosaver.flush()

    def _save_response(self, name: str) -> Callable[[object], None]:
        def save(value: object) -> None:
            if name in RESPONSE_LIST_FIELDS:
                value = case_fields.text_list(str(value))
                setattr(self.response, name, value)
            elif name in RESPONSE_DATE_FIELDS:
                value = str(value).strip() or None
                setattr(self.response, name, dt.date.fromisoformat(value) if value else None)
            else:
                setattr(self.response, name, Kind(value) if name == "kind" else value)  # type: ignore[arg-type]
            self.app.autosaver.schedule(
                ("response", self.response_id, name),
                lambda store: store.update_response(self.response_id, **{name: value}),
            )

        return save

    def _save_signatories(self, value: object) -> None:
        signatories = case_fields.text_signatories(str(value)) if str(value).strip() else None
        self.response.signatories = signatories
        self.app.autosaver.schedule(
            ("response", self.response_id, "signatories"),
            lambda store: store.update_response(self.response_id, signatories=signatories),
        )

    def _save_remiss(self, name: str, value: object) -> None:
        text = str(value).strip()
        stored = (text or None) if name in REMISS_DATES else str(value)
        self.app.autosaver.schedule(
            ("remiss", self.remiss.id, name),
            lambda store: store.update_remiss(self.remiss.id, **{name: stored}),
        )

    # Showing what is left

    def _show_missing(self) -> None:
        missing = missing_for_export(self.response, self.organisation)
        banner = self.query_one("#details-missing", Static)
        kind = self.response.kind.label
        if self.response.status in READ_ONLY:
            banner.update(Text(READ_ONLY_MESSAGE, style="yellow"))
        elif missing:
            banner.update(
                Text.assemble((f"Saknas för export ({kind}): ", "bold"), ", ".join(missing))
            )
        else:
            banner.update(Text(f"Allt som behövs för export ({kind}) är ifyllt.", style="green"))
        banner.set_class(bool(missing), "-missing")
        for field in CASE_FIELDS:
            label = self.form.label(field.name)
            required = case_fields.is_required(field.name, self.response.kind)
            label.set_class(required, "-required")
            label.set_class(field.label in missing, "-missing")

    # Actions

    def action_save(self) -> None:
        self.sync()
        self.app.autosaver.flush()
        self.app.autosaver.note_saved()

    def action_back(self) -> None:
        self.sync()
        self.app.pop_screen()
