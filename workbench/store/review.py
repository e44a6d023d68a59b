"""The review tables: comments, versions (snapshots of a response) and the events log."""

from __future__ import annotations

import dataclasses
import json

import sqlite_utils

from workbench.errors import InvalidInput, NotFound
from workbench.model import Comment, Event, Version
from workbench.store.connection import now


class ReviewQueries:
    db: sqlite_utils.Database

    # Events

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
        rows = self.db.query(
            "SELECT * FROM events WHERE response_id = ? ORDER BY at, id", [response_id]
        )
        return [Event(**row) for row in rows]

    def _event(self, event_id: int) -> Event:
        row = next(self.db.query("SELECT * FROM events WHERE id = ?", [event_id]))
        return Event(**row)

    # Comments

    def add_comment(self, comment: Comment) -> Comment:
        if not comment.text.strip():
            raise InvalidInput("En kommentar kan inte vara tom.")
        with self.db.atomic():
            self.get_response(comment.response_id, with_positions=False)
            if comment.parent_id is not None:
                self.get_comment(comment.parent_id)
            cursor = self.db.execute(
                "INSERT INTO comments (response_id, section_id, position_id, parent_id, author,"
                " text, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                [
                    comment.response_id,
                    comment.section_id,
                    comment.position_id,
                    comment.parent_id,
                    comment.author,
                    comment.text,
                    now(),
                ],
            )
        return self.get_comment(cursor.lastrowid)

    def get_comment(self, comment_id: int) -> Comment:
        rows = list(self.db.query("SELECT * FROM comments WHERE id = ?", [comment_id]))
        if not rows:
            raise NotFound(f"Kommentar {comment_id} finns inte.")
        return Comment(**rows[0])

    def comments(self, response_id: int) -> list[Comment]:
        rows = self.db.query(
            "SELECT * FROM comments WHERE response_id = ? ORDER BY created_at, id", [response_id]
        )
        return [Comment(**row) for row in rows]

    def resolve_comment(self, comment_id: int, by: str = "") -> Comment:
        self.get_comment(comment_id)
        self.db.execute(
            "UPDATE comments SET resolved_at = ?, resolved_by = ? WHERE id = ?",
            [now(), by, comment_id],
        )
        return self.get_comment(comment_id)

    # Versions

    def save_version(self, response_id: int, label: str = "", author: str = "") -> Version:
        """Snapshot the whole response as JSON; numbers count up per response."""
        with self.db.atomic():
            response = self.get_response(response_id)
            number = self.db.execute(
                "SELECT coalesce(max(number), 0) + 1 FROM versions WHERE response_id = ?",
                [response_id],
            ).fetchone()[0]
            snapshot = json.dumps(dataclasses.asdict(response), ensure_ascii=False, default=str)
            cursor = self.db.execute(
                "INSERT INTO versions (response_id, number, label, author, status, snapshot,"
                " created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                [response_id, number, label, author, str(response.status), snapshot, now()],
            )
        return self.get_version(cursor.lastrowid)

    def get_version(self, version_id: int) -> Version:
        rows = list(self.db.query("SELECT * FROM versions WHERE id = ?", [version_id]))
        if not rows:
            raise NotFound(f"Version {version_id} finns inte.")
        return Version(**rows[0])

    def versions(self, response_id: int) -> list[Version]:
        rows = self.db.query(
            "SELECT * FROM versions WHERE response_id = ? ORDER BY number", [response_id]
        )
        return [Version(**row) for row in rows]
