"""The workspace beside another writer of the same store.

Saving: an edit goes in through `Store.save_position_edit`, which keeps text another process
stored meanwhile; the officer is told. A position deleted elsewhere while it was being typed
comes back as a new one with the officer's text. Showing: each time a section is shown, its
positions are read again (`ResponseDraft.take_stored`), so what another process wrote appears
on moving to the section.
"""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Callable
from typing import TYPE_CHECKING

from workbench.core.drafting import ResponseDraft
from workbench.core.model import Position
from workbench.errors import NotFound, WorkbenchError
from workbench.store.failures import describe

if TYPE_CHECKING:
    from workbench.store import Store
    from workbench.tui.autosave import Then, Write

CONFLICT_MESSAGE = (
    "Ställningstagandet ändrades samtidigt någon annanstans. Din text är sparad; den andra"
    " lydelsen finns kvar som kommentar på ställningstagandet."
)
RESTORED_MESSAGE = (
    "Ställningstagandet togs bort någon annanstans medan du skrev; din text är sparad som"
    " ett nytt ställningstagande."
)


def save_edit(
    drafting: ResponseDraft,
    response_id: int,
    position: Position,
    field: str,
    value: object,
    notify: Callable[[str], None],
) -> tuple[Write, Then]:
    """The autosaver's write of one edited field and what follows it on screen: the write
    runs in the writer thread when the queue is flushed, the notice back on the event loop.
    A conflict is another writer's change only: the store compares with what this process
    last saved or read of the field (`ResponseDraft.last_saved`)."""

    def write(store: Store) -> str:
        assert position.id is not None
        last = drafting.last_saved(position.id, field)
        try:
            saved = store.save_position_edit(
                position.id, field, value, position.updated_at, last_saved=last
            )
        except NotFound:
            again = store.add_position(response_id, dataclasses.replace(position, id=None))
            # Set at once, not on the event loop: the next write of this position (in the
            # same flush) must see the row it was saved as.
            position.id, position.order = again.id, again.order
            position.updated_at = again.updated_at
            drafting.remember(position)
            return RESTORED_MESSAGE
        position.updated_at = saved.updated_at
        drafting.saved(position.id, field, value)
        return CONFLICT_MESSAGE if saved.kept is not None else ""

    def then(message: str) -> None:
        if message:
            notify(message)

    return write, then


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
