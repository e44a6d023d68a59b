"""Going to a position in its context, from wherever the officer is: the workspace of its
response, at its section, the position selected. A workspace of that response that is open
already (under other screens) is brought back rather than opened twice, so no two editors
ever hold the same positions."""

from __future__ import annotations

from typing import TYPE_CHECKING

from workbench.core.model import SearchHit

if TYPE_CHECKING:
    from workbench.tui.app import WorkbenchApp


def open_position(
    app: WorkbenchApp, response_id: int, section_id: int | None, position_id: int | None = None
) -> None:
    from workbench.tui.screens.workspace import WorkspaceScreen

    for screen in reversed(app.screen_stack):
        if isinstance(screen, WorkspaceScreen) and screen.response_id == response_id:
            while app.screen is not screen:
                app.pop_screen()
            screen.go_to(section_id, position_id)
            return
    app.push_screen(WorkspaceScreen(response_id, section_id, position_id))


def open_hit(app: WorkbenchApp, hit: SearchHit) -> None:
    """A position opens in its response; a remiss's section in a response to that remiss:
    the one being written if it answers it, else the first one."""
    from workbench.tui.screens.workspace import WorkspaceScreen

    if hit.kind == "position" and hit.response_id is not None:
        open_position(app, hit.response_id, hit.section_id, hit.position_id)
        return
    for screen in reversed(app.screen_stack):
        if isinstance(screen, WorkspaceScreen) and screen.remiss.id == hit.remiss_id:
            open_position(app, screen.response_id, hit.section_id)
            return
    responses = app.store.list_responses(hit.remiss_id)
    if not responses:
        app.notify(
            f"{hit.remiss_title} har inget yttrande ännu;"
            " Enter på remissen i Ärenden påbörjar ett.",
            severity="warning",
        )
        return
    open_position(app, responses[0].id, hit.section_id)
