"""The events log: the audit trail of who did what to a response, and when."""

from __future__ import annotations

from workbench.core.model import Event
from workbench.store.connection import now
from workbench.store.part import StorePart


class EventLog(StorePart):
    def log_event(
        self,
        response_id: int | None,
        action: str,
        actor: str = "",
        from_status: str = "",
        to_status: str = "",
        message: str = "",
    ) -> Event:
        cursor = self.db.execute(
            "INSERT INTO events (response_id, actor, action, from_status, to_status, message, at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            [response_id, actor, action, str(from_status), str(to_status), message, now()],
        )
        return self._event(cursor.lastrowid)

    def events(self, response_id: int) -> list[Event]:
        """The response's audit log, oldest first."""
        rows = self.db.query(
            "SELECT * FROM events WHERE response_id = ? ORDER BY at, id", [response_id]
        )
        return [Event(**row) for row in rows]

    def _event(self, event_id: int) -> Event:
        row = next(self.db.query("SELECT * FROM events WHERE id = ?", [event_id]))
        return Event(**row)
