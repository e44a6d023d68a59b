"""The workspace beside another writer of the same store.

Saving: an edit goes in through `Store.save_position_edit`, which keeps text another process
stored meanwhile; the officer is told. A position deleted elsewhere while it was being typed
comes back as a new one with the officer's text. Showing: each time a section is shown, its
positions are read again, so what another process wrote appears on moving to the section.
"""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Callable
from typing import TYPE_CHECKING

from workbench.core.model import Position
from workbench.errors import NotFound, WorkbenchError
from workbench.store.failures import describe

if TYPE_CHECKING:
    from workbench.store import Store
    from workbench.tui.autosave import Then, Write
    from workbench.tui.screens.workspace import WorkspaceScreen

CONFLICT_MESSAGE = (
    "Ställningstagandet ändrades samtidigt någon annanstans. Din text är sparad; den andra"
    " lydelsen finns kvar som kommentar på ställningstagandet."
)
RESTORED_MESSAGE = (
    "Ställningstagandet togs bort någon annanstans medan du skrev; din text är sparad som"
    " ett nytt ställningstagande."
)
_SHOWN_FIELDS = ("stance", "text", "verb_override", "in_summary", "summary_override", "order")


def save_edit(
    screen: WorkspaceScreen, position: Position, field: str, value: object
) -> tuple[Write, Then]:
    """The autosaver's write of one edited field and what follows it on screen: the write
    runs in the writer thread when the queue is flushed, the notice back on the event loop."""

    def write(store: Store) -> str:
        try:
            saved = store.save_position_edit(position.id, field, value, position.updated_at)
        except NotFound:
            again = store.add_position(screen.response_id, dataclasses.replace(position, id=None))
            # Set at once, not on the event loop: the next write of this position (in the
            # same flush) must see the row it was saved as.
            position.id, position.order = again.id, again.order
            position.updated_at = again.updated_at
            return RESTORED_MESSAGE
        position.updated_at = saved.updated_at
        return CONFLICT_MESSAGE if saved.kept is not None else ""

    def then(message: str) -> None:
        if message:
            screen.notify(message, severity="warning", timeout=10)

    return write, then


def take_others_edits(screen: WorkspaceScreen) -> None:
    """Read the shown section's positions again; keep the objects the screen holds (the
    editor may hold one) and bring their fields up to date. Call with nothing queued."""
    key = screen.key
    held = screen.by_section.get(key, [])
    stored = screen.app.store.section_positions(screen.response_id, key)
    by_id = {p.id: p for p in held if p.id is not None}
    fresh: list[Position] = []
    changed = len(stored) != len(by_id)
    for position in stored:
        mine = by_id.get(position.id)
        if mine is None:
            fresh.append(position)
            changed = True
            continue
        if mine.updated_at != position.updated_at:
            for name in _SHOWN_FIELDS:
                if getattr(mine, name) != getattr(position, name):
                    setattr(mine, name, getattr(position, name))
                    changed = True
            mine.updated_at = position.updated_at
        fresh.append(mine)
    if not changed:
        return
    screen.by_section[key] = fresh + [p for p in held if p.id is None]
    screen.position_index = min(screen.position_index, len(fresh))
    screen._positions_changed(key)


def keeps_running(method: Callable) -> Callable:
    """For a workspace handler that writes to the store: a write the store cannot take now
    (busy past its timeout, a full disk, a read-only file) or refuses is told as a Swedish
    notice, and the workbench goes on. Anything else is a bug and still raises."""

    @functools.wraps(method)
    def guarded(screen, *args, **kwargs):
        try:
            return method(screen, *args, **kwargs)
        except WorkbenchError as exc:
            screen.notify(str(exc), severity="error", timeout=10)
        except Exception as exc:
            message = describe(exc)
            if message is None:
                raise
            screen.notify(message, severity="error", timeout=10)
        return None

    return guarded
