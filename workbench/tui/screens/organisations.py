"""Organisationer: the answering organisations, their subject phrase, defaults, signatories,
own part headings and own verbs. Autosaved like everything else."""

from __future__ import annotations

import copy
from functools import partial
from typing import TYPE_CHECKING

from rich.text import Text
from textual import getters
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.screen import Screen
from textual.widgets import OptionList, Static

from workbench.core.model import PART_TITLES, Kind, Organisation
from workbench.document import case_fields
from workbench.document.case_fields import KIND_CHOICES
from workbench.errors import WorkbenchError
from workbench.tui import navigation
from workbench.tui.app import WorkbenchApp

if TYPE_CHECKING:
    from workbench.store import Store
from workbench.tui.widgets.footer import WorkbenchFooter
from workbench.tui.widgets.form import BoundForm
from workbench.tui.widgets.header import WorkbenchHeader
from workbench.tui.widgets.save_status import SaveStatus

TEXT_FIELDS = (
    ("name", "Namn", "t.ex. Sundbybergs stad"),
    ("subject", "Subjekt i ställningstaganden", 't.ex. "Bolaget", "Förvaltningen"'),
    ("city", "Ort", 'som i "Stockholm som ovan"'),
    ("deciding_body", "Beslutande organ", "t.ex. Kommunstyrelsen"),
    ("security_class", "Informationssäkerhetsklass", "t.ex. K1"),
)
NEW_NAME = "Ny organisation"


class OrganisationsScreen(Screen):
    app = getters.app(WorkbenchApp)
    BINDINGS = [
        Binding("ctrl+t", "new", "Ny organisation", id="orgs.new", priority=True),
        Binding("f8", "delete", "Ta bort", id="orgs.delete", priority=True),
        Binding("ctrl+s", "save", "Spara nu", id="orgs.save", priority=True, show=False),
        Binding("escape", "back", "Tillbaka", id="orgs.back"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.form = BoundForm("o")
        self.org: Organisation | None = None

    def compose(self) -> ComposeResult:
        self.organisations = self.app.store.list_organisations()
        yield WorkbenchHeader()
        with Horizontal(id="orgs-panes"):
            yield OptionList(id="orgs-list", classes="side-list")
            with VerticalScroll(id="orgs-form"):
                yield Static(Text("Organisationen", style="bold"), classes="form-group")
                for name, label, hint in TEXT_FIELDS:
                    yield from self.form.row(
                        name,
                        label,
                        "",
                        partial(self._set, name),
                        hint=hint,
                        check=self._check_name if name == "name" else None,
                    )
                yield from self.form.choice_row(
                    "default_kind",
                    "Dokumenttyp som standard",
                    KIND_CHOICES,
                    Kind.REMISSVAR.value,
                    partial(self._set, "default_kind"),
                )
                yield from self.form.row(
                    "signatories",
                    "Undertecknare",
                    "",
                    partial(self._set, "signatories"),
                    long=True,
                    hint="Namn, Titel – en per rad, i ordning",
                )
                yield from self.form.row(
                    "stances",
                    "Egna hållningar",
                    "",
                    partial(self._set, "stances"),
                    long=True,
                    hint="verb, klass – t.ex. ser positivt på, för",
                    check=_check_stances,
                )
                yield Static(
                    Text.assemble(("Egna rubriker", "bold"), ("  tom: standardrubriken", "dim")),
                    classes="form-group",
                )
                for key, default in PART_TITLES.items():
                    yield from self.form.row(
                        f"part.{key}", default, "", partial(self._set_part, key), hint=default
                    )
        with Horizontal(classes="status-bar"):
            yield Static("Ctrl+T ny · F8 ta bort · ändringar sparas direkt", id="orgs-hint")
            yield SaveStatus(id="orgs-saved")
        yield WorkbenchFooter()

    def on_mount(self) -> None:
        self.title = "Organisationer"
        self.sub_title = "remissinstanser och deras standardval"
        self.form.attach(self)
        self.app.autosaver.add_collector(self.form.sync)
        self._show_list(0)
        self.query_one("#orgs-list", OptionList).focus()

    def on_unmount(self) -> None:
        self.app.autosaver.remove_collector(self.form.sync)
        self.app.autosaver.flush()

    # The list

    def _show_list(self, highlighted: int) -> None:
        orgs = self.query_one("#orgs-list", OptionList)
        orgs.set_options([org.name for org in self.organisations])
        form = self.query_one("#orgs-form")
        form.display = bool(self.organisations)
        if self.organisations:
            orgs.highlighted = max(0, min(highlighted, len(self.organisations) - 1))
            self._show(self.organisations[orgs.highlighted])

    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        org = self.organisations[event.option_index]
        if self.org is None or org.id != self.org.id:
            self._show(org)

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        self.query_one("#o-name").focus()

    def _show(self, org: Organisation) -> None:
        self.form.sync()
        self.app.autosaver.flush()
        self.org = org
        values: dict[str, object] = {name: getattr(org, name) for name, _, _ in TEXT_FIELDS}
        values["default_kind"] = org.default_kind.value
        values["signatories"] = case_fields.signatories_text(org.signatories)
        values["stances"] = case_fields.stances_text(org.stances)
        for key in PART_TITLES:
            values[f"part.{key}"] = org.part_titles.get(key, "")
        self.form.load(values)

    # Saving

    def _check_name(self, text: str) -> str:
        name = text.strip()
        if not name:
            return "Organisationen måste ha ett namn."
        if any(
            o.name.casefold() == name.casefold() and o.id != (self.org.id if self.org else None)
            for o in self.organisations
        ):
            return f"Det finns redan en organisation som heter {name}."
        return ""

    def _set(self, name: str, value: object) -> None:
        org = self.org
        if org is None:
            return
        if name == "signatories":
            org.signatories = case_fields.text_signatories(str(value))
        elif name == "stances":
            org.stances = case_fields.text_stances(str(value))[0]
        elif name == "default_kind":
            org.default_kind = Kind(value)  # type: ignore[arg-type]
        else:
            setattr(org, name, str(value))
        if name == "name":
            index = self.organisations.index(org)
            self.query_one("#orgs-list", OptionList).replace_option_prompt_at_index(index, org.name)
        self._schedule(org)

    def _set_part(self, key: str, value: object) -> None:
        if self.org is None:
            return
        text = str(value).strip()
        if text:
            self.org.part_titles[key] = text
        else:
            self.org.part_titles.pop(key, None)
        self._schedule(self.org)

    def _schedule(self, org: Organisation) -> None:
        # The whole organisation is written each time (one row, its signatories and verbs),
        # as it stands now; a copy, so later edits do not change a queued write.
        self.app.autosaver.schedule(
            ("organisation", org.id),
            partial(_update_organisation, copy.deepcopy(org)),
        )

    def on_input_changed(self) -> None:
        self.form.sync()

    def on_text_area_changed(self) -> None:
        self.form.sync()

    def on_select_changed(self) -> None:
        self.form.sync()

    def on_descendant_blur(self) -> None:
        self.app.autosaver.flush()

    # Actions

    def action_new(self) -> None:
        self.form.sync()
        self.app.autosaver.flush()
        taken = {org.name.casefold() for org in self.organisations}
        name, number = NEW_NAME, 1
        while name.casefold() in taken:
            number += 1
            name = f"{NEW_NAME} {number}"
        org = self.app.store.add_organisation(Organisation(name=name))
        self.app.autosaver.note_saved()
        self.organisations = self.app.store.list_organisations()
        index = next(i for i, o in enumerate(self.organisations) if o.id == org.id)
        self.org = None
        self._show_list(index)
        name_input = self.query_one("#o-name")
        name_input.focus()
        name_input.select_all()  # type: ignore[attr-defined]

    def action_delete(self) -> None:
        org = self.org
        if org is None:
            return

        def answered(yes: bool | None) -> None:
            if not yes:
                return
            self.app.autosaver.discard(lambda key: key == ("organisation", org.id))
            try:
                self.app.store.delete_organisation(org.id)
            except WorkbenchError as exc:
                self.notify(str(exc), severity="error")
                return
            index = self.organisations.index(org)
            self.organisations = self.app.store.list_organisations()
            self.org = None
            self._show_list(index)
            self.notify(f"{org.name} är borttagen.")

        navigation.confirm(
            self.app, f"Ta bort organisationen {org.name}? Det går inte att ångra.", answered
        )

    def action_save(self) -> None:
        self.app.autosaver.flush()
        self.app.autosaver.note_saved()

    def action_back(self) -> None:
        self.app.pop_screen()


def _check_stances(text: str) -> str:
    return " ".join(case_fields.text_stances(text)[1])


def _update_organisation(org: Organisation, store: Store) -> None:
    store.update_organisation(org)
