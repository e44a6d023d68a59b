"""Nytt yttrande: pick the remiss, the answering organisation (or name a new one) and the kind."""

from __future__ import annotations

from textual import getters
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, Select, Static

from workbench.core.model import Kind, Organisation
from workbench.errors import WorkbenchError
from workbench.tui.app import WorkbenchApp

NEW_ORGANISATION = -1


class NewResponseScreen(ModalScreen[int | None]):
    """Dismissed with the new response's id, or None."""

    app = getters.app(WorkbenchApp)

    BINDINGS = [
        Binding("escape", "cancel", "Avbryt", id="new.cancel"),
        Binding("ctrl+s", "create", "Skapa", id="new.create", priority=True),
    ]

    def __init__(self, remiss_id: int | None = None) -> None:
        super().__init__()
        self.remiss_id = remiss_id

    def compose(self) -> ComposeResult:
        store = self.app.store
        remisses = store.list_remisses()
        from workbench.usecases.answer_import import is_provisional

        # A received answer's unconfirmed sender, "<guess> (obekräftad: <file>)", is no
        # organisation to answer for.
        self.organisations: dict[int, Organisation] = {
            org.id: org for org in store.list_organisations() if not is_provisional(org.name)
        }
        remiss_id = (
            self.remiss_id if self.remiss_id is not None else (remisses[0].id if remisses else None)
        )
        org_choices = [(org.name, org.id) for org in self.organisations.values()]
        first_org = org_choices[0][1] if org_choices else NEW_ORGANISATION
        with Vertical(id="new-box", classes="dialog"):
            yield Static("Nytt yttrande", classes="dialog-title")
            with Horizontal(classes="form-row"):
                yield Label("Remiss", classes="form-label")
                yield Select(
                    [
                        (f"{r.title} ({r.sender_dnr})" if r.sender_dnr else r.title, r.id)
                        for r in remisses
                    ],
                    value=remiss_id if remiss_id is not None else Select.NULL,
                    # The prompt is a choice of the list too: only when there is no remiss.
                    allow_blank=not remisses,
                    prompt="Ingen remiss – importera en först (i)",
                    id="new-remiss",
                    compact=True,
                )
            with Horizontal(classes="form-row"):
                yield Label("Organisation", classes="form-label")
                yield Select(
                    [*org_choices, ("Ny organisation …", NEW_ORGANISATION)],
                    value=first_org,
                    allow_blank=False,
                    id="new-organisation",
                    compact=True,
                )
            with Horizontal(classes="form-row", id="new-name-row"):
                yield Label("Namn på den nya", classes="form-label")
                yield Input(placeholder="t.ex. Sundbybergs stad", id="new-name", compact=True)
            with Horizontal(classes="form-row"):
                yield Label("Dokumenttyp", classes="form-label")
                yield Select(
                    [(kind.label, kind.value) for kind in Kind],
                    value=self._default_kind(first_org).value,
                    allow_blank=False,
                    id="new-kind",
                    compact=True,
                )
            yield Static("", id="new-problem", classes="form-error")
            with Horizontal(classes="dialog-buttons"):
                yield Button("Avbryt (Esc)", id="new-cancel")
                yield Button("Skapa (Ctrl+S)", id="new-create", variant="primary")

    def on_mount(self) -> None:
        self._show_name_row()
        # With no organisation yet, the first thing to do is to name one.
        first = "#new-name" if not self.organisations else "#new-organisation"
        self.query_one(first).focus()

    def _default_kind(self, org_id: int) -> Kind:
        org = self.organisations.get(org_id)
        return org.default_kind if org else Kind.REMISSVAR

    def _show_name_row(self) -> None:
        new = self.query_one("#new-organisation", Select).value == NEW_ORGANISATION
        self.query_one("#new-name-row").display = new

    def on_select_changed(self, event: Select.Changed) -> None:
        if event.select.id == "new-organisation":
            self._show_name_row()
            if isinstance(event.value, int):
                self.query_one("#new-kind", Select).value = self._default_kind(event.value).value
            if event.value == NEW_ORGANISATION:
                self.query_one("#new-name", Input).focus()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.action_create()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        if event.button.id == "new-create":
            self.action_create()
        else:
            self.dismiss(None)

    def _problem(self, message: str) -> None:
        problem = self.query_one("#new-problem", Static)
        problem.update(message)
        problem.display = bool(message)

    def action_create(self) -> None:
        store = self.app.store
        remiss_id = self.query_one("#new-remiss", Select).value
        org_id = self.query_one("#new-organisation", Select).value
        kind = self.query_one("#new-kind", Select).value
        if not isinstance(remiss_id, int):
            self._problem("Välj en remiss (eller importera en från Ärenden med i).")
            return
        try:
            if org_id == NEW_ORGANISATION:
                name = self.query_one("#new-name", Input).value.strip()
                if not name:
                    self._problem("Skriv den nya organisationens namn.")
                    self.query_one("#new-name", Input).focus()
                    return
                org_id = store.add_organisation(
                    Organisation(name=name, subject=name, default_kind=Kind(kind))  # type: ignore[arg-type]
                ).id
            response = store.new_response(remiss_id, org_id, kind=kind)  # type: ignore[arg-type]
        except WorkbenchError as exc:
            self._problem(str(exc))
            return
        store.log_event(response.id, "create", self.app.user, message="Skapat i arbetsbänken")
        self.dismiss(response.id)

    def action_cancel(self) -> None:
        self.dismiss(None)
