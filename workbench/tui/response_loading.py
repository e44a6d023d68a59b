"""What the workspace and the reviewer's screen both read to show one response: the response
with its positions by section, its organisation (subject, verbs) and the remiss's sections."""

from __future__ import annotations

from typing import TYPE_CHECKING

from workbench.core.model import Position, Response, Section

if TYPE_CHECKING:
    from workbench.tui.app import WorkbenchApp


class LoadsResponse:
    """A screen mixin: `load_response()` (re)reads `response_id` from the app's store."""

    response_id: int
    if TYPE_CHECKING:
        app: WorkbenchApp

    def load_response(self) -> None:
        store = self.app.store
        self.response: Response = store.get_response(self.response_id)
        self.organisation = store.get_organisation(self.response.organisation_id)
        self.remiss = store.get_remiss(self.response.remiss_id)
        self.vocabulary = store.vocabulary(self.organisation.id)
        self.sections: list[Section] = self.remiss.sections
        self.section_by_id = {section.id: section for section in self.sections}
        self.by_section: dict[int | None, list[Position]] = {}
        for position in self.response.positions:
            self.by_section.setdefault(position.section_id, []).append(position)
