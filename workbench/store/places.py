"""Where the officer last was in each response (the workspace opens there again)."""

from __future__ import annotations

from workbench.store.connection import now
from workbench.store.part import StorePart


class PlaceQueries(StorePart):
    def last_place(self, response_id: int) -> int | None:
        """The section last shown in the workspace; None when never opened, or when it was
        "Övergripande synpunkter" (the workspace then opens on the first unanswered)."""
        row = self.db.execute(
            "SELECT section_id FROM workspace_places WHERE response_id = ?", [response_id]
        ).fetchone()
        return row[0] if row else None

    def remember_place(self, response_id: int, section_id: int | None) -> None:
        self.db.execute(
            "INSERT INTO workspace_places (response_id, section_id, updated_at) VALUES (?, ?, ?)"
            " ON CONFLICT (response_id) DO UPDATE SET section_id = excluded.section_id,"
            " updated_at = excluded.updated_at",
            [response_id, section_id, now()],
        )
