"""The review tables: status transitions, versions (snapshots of a response) and comments."""

from __future__ import annotations

from workbench.core.model import Comment, CommentThread, Status, Version
from workbench.errors import InvalidInput, NotFound
from workbench.review import snapshot as snapshots
from workbench.review.snapshot import Snapshot
from workbench.review.workflow import StatusChange, check_writable, transition
from workbench.store.connection import now
from workbench.store.responses import ResponseQueries, position_values

# A comment read with the section of its position, wherever that position is now.
_COMMENT_SELECT = (
    "SELECT c.id, c.response_id, c.position_id, c.parent_id, c.author, c.text,"
    " c.resolved_at, c.resolved_by, c.created_at,"
    " CASE WHEN p.id IS NULL THEN c.section_id ELSE p.section_id END AS section_id"
    " FROM comments c LEFT JOIN positions p ON p.id = c.position_id"
)


class ReviewQueries(ResponseQueries):
    # Status

    def set_status(
        self, response_id: int, new: Status | str, by: str, message: str = ""
    ) -> StatusChange:
        """Move a response to `new` if the workflow allows it: log who, when and why, and
        snapshot a version, all in one transaction. A forbidden move changes nothing."""
        with self.transaction():
            response = self.get_response(response_id, with_positions=False)
            if response.received:
                raise InvalidInput(
                    "Ett mottaget remissvar har ingen granskning och byter inte status."
                )
            move = transition(response.status, new, message)
            self.db.execute(
                "UPDATE responses SET status = ?, updated_at = ? WHERE id = ?",
                [move.to_status.value, now(), response_id],
            )
            event = self.log_event(
                response_id, "status", by, move.from_status, move.to_status, message.strip()
            )
            version = self._save_version(response_id, move.label, by, "transition")
        return StatusChange(response_id, move, by, message.strip(), event, version)

    # Versions

    def save_version(self, response_id: int, label: str = "", author: str = "") -> Version:
        """Snapshot the whole response on demand ("spara version"); logged as an event."""
        with self.transaction():
            version = self._save_version(response_id, label.strip(), author, "manual")
            described = f"version {version.number}" + (
                f" ({version.label})" if version.label else ""
            )
            self.log_event(response_id, "version", author, message=described)
        return version

    def _save_version(self, response_id: int, label: str, author: str, cause: str) -> Version:
        with self.transaction():
            current = self.current_snapshot(response_id)
            status = self.db.execute(
                "SELECT status FROM responses WHERE id = ?", [response_id]
            ).fetchone()[0]
            number = self.db.execute(
                "SELECT coalesce(max(number), 0) + 1 FROM versions WHERE response_id = ?",
                [response_id],
            ).fetchone()[0]
            cursor = self.db.execute(
                "INSERT INTO versions (response_id, number, label, author, status, snapshot,"
                " cause, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                [response_id, number, label, author, status, current.to_json(), cause, now()],
            )
        return self.get_version(cursor.lastrowid)

    def current_snapshot(self, response_id: int) -> Snapshot:
        """The response as it stands, in the form a version holds."""
        response = self.get_response(response_id)
        numbers = dict(
            self.db.execute(
                "SELECT id, number FROM sections WHERE remiss_id = ?", [response.remiss_id]
            ).fetchall()
        )
        return snapshots.take(response, numbers)

    def get_version(self, version_id: int) -> Version:
        rows = list(self.db.query("SELECT * FROM versions WHERE id = ?", [version_id]))
        if not rows:
            raise NotFound(f"Version {version_id} finns inte.")
        return Version(**rows[0])

    def version_by_number(self, response_id: int, number: int) -> Version:
        rows = list(
            self.db.query(
                "SELECT * FROM versions WHERE response_id = ? AND number = ?",
                [response_id, number],
            )
        )
        if not rows:
            self.get_response(response_id, with_positions=False)
            raise NotFound(f"Yttrande {response_id} har ingen version {number}.")
        return Version(**rows[0])

    def versions(self, response_id: int) -> list[Version]:
        rows = self.db.query(
            "SELECT * FROM versions WHERE response_id = ? ORDER BY number", [response_id]
        )
        return [Version(**row) for row in rows]

    def review_base(self, response_id: int) -> Version | None:
        """The version the reviewer saw last: the last one sent to review before the round
        now under way (while in review, the newest sending opened this round)."""
        response = self.get_response(response_id, with_positions=False)
        rows = list(
            self.db.query(
                "SELECT * FROM versions WHERE response_id = ? AND cause = 'transition'"
                " AND status = ? ORDER BY number DESC LIMIT 2",
                [response_id, Status.GRANSKNING.value],
            )
        )
        if response.status == Status.GRANSKNING:
            rows = rows[1:]
        return Version(**rows[0]) if rows else None

    def restore_version(self, response_id: int, number: int, by: str = "") -> Version:
        """Write a version's case fields and positions back, and snapshot the result as a new
        version. Positions keep their ids where they can, so comments stay anchored. Nothing
        changes when the version is unknown, the response is approved, or a position's
        section or stance no longer exists."""
        with self.transaction():
            response = self.get_response(response_id, with_positions=False)
            check_writable(response.status)
            version = self.version_by_number(response_id, number)
            wanted = snapshots.from_json(version.snapshot)
            self.update_response(response_id, **wanted.case_values())
            self._restore_positions(response_id, wanted)
            self.log_event(response_id, "restore", by, message=f"version {number}")
            return self._save_version(
                response_id, f"Återställd från version {number}", by, "restore"
            )

    def _restore_positions(self, response_id: int, wanted: Snapshot) -> None:
        response = self.get_response(response_id, with_positions=False)
        current = {p.id for p in self.positions(response_id)}
        keep = {p.id for p in wanted.positions if p.id in current}
        for position_id in current - keep:
            self.db.execute("DELETE FROM positions WHERE id = ?", [position_id])
        for position in wanted.positions:
            if position.section_id is not None and not self._section_of(
                response.remiss_id, position.section_id
            ):
                raise InvalidInput(
                    f"Avsnitt {position.section or position.section_id} finns inte längre i"
                    " remissen; versionen kan inte återställas."
                )
            self._check_position(response, position.stance, position.section_id)
            if position.id in keep:
                self.db.execute(
                    "UPDATE positions SET section_id = ?, stance = ?, verb_override = ?,"
                    " text = ?, in_summary = ?, summary_override = ?, ord = ?, updated_at = ?"
                    " WHERE id = ?",
                    [*position_values(position), position.order, now(), position.id],
                )
                continue
            # A position deleted since keeps its old id when no other row took it.
            taken = (
                position.id is None
                or self.db.execute("SELECT 1 FROM positions WHERE id = ?", [position.id]).fetchone()
            )
            self._insert_position(
                response_id, position, position.order, None if taken else position.id
            )
        self.touch_response(response_id)

    def _section_of(self, remiss_id: int, section_id: int) -> bool:
        return (
            self.db.execute(
                "SELECT 1 FROM sections WHERE id = ? AND remiss_id = ?", [section_id, remiss_id]
            ).fetchone()
            is not None
        )

    # Comments

    def add_comment(self, comment: Comment) -> Comment:
        """Comment on the response, a section or a position, or reply to a comment.

        Allowed in every status: an approved response is read-only, its review is not. A
        reply joins its thread (the first comment) and takes the thread's anchor; a comment
        on a position is also on that position's section.
        """
        if not comment.text.strip():
            raise InvalidInput("En kommentar kan inte vara tom.")
        with self.transaction():
            response = self.get_response(comment.response_id, with_positions=False)
            section_id, position_id, parent_id = (
                comment.section_id,
                comment.position_id,
                comment.parent_id,
            )
            if parent_id is not None:
                root = self._thread_root(self.get_comment(parent_id))
                if root.response_id != comment.response_id:
                    raise InvalidInput(
                        f"Kommentar {parent_id} hör till ett annat yttrande ({root.response_id})."
                    )
                parent_id, section_id, position_id = root.id, root.section_id, root.position_id
            elif position_id is not None:
                position = self.get_position(position_id)
                if position.response_id != comment.response_id:
                    raise NotFound(
                        f"Ställningstagande {position_id} hör inte till yttrande"
                        f" {comment.response_id}."
                    )
                if section_id is not None and section_id != position.section_id:
                    raise InvalidInput(
                        f"Ställningstagande {position_id} står inte på det avsnittet."
                    )
                section_id = position.section_id
            elif section_id is not None and not self._section_of(response.remiss_id, section_id):
                raise NotFound(f"Avsnitt {section_id} hör inte till remissen.")
            cursor = self.db.execute(
                "INSERT INTO comments (response_id, section_id, position_id, parent_id, author,"
                " text, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                [
                    comment.response_id,
                    section_id,
                    position_id,
                    parent_id,
                    comment.author,
                    comment.text,
                    now(),
                ],
            )
            created = self.get_comment(cursor.lastrowid)
            place = self._comment_place(created)
            if parent_id is None:
                action, message = "comment", f"#{created.id} på {place}"
            else:
                action, message = "reply", f"på #{parent_id} ({place})"
            self.log_event(
                comment.response_id,
                action,
                comment.author,
                message=f"{message}: {_one_line(created.text)}",
            )
        return created

    def get_comment(self, comment_id: int) -> Comment:
        rows = list(self.db.query(f"{_COMMENT_SELECT} WHERE c.id = ?", [comment_id]))
        if not rows:
            raise NotFound(f"Kommentar {comment_id} finns inte.")
        return Comment(**rows[0])

    def comments(self, response_id: int) -> list[Comment]:
        """Every comment and reply on a response, oldest first."""
        rows = self.db.query(
            f"{_COMMENT_SELECT} WHERE c.response_id = ? ORDER BY c.created_at, c.id",
            [response_id],
        )
        return [Comment(**row) for row in rows]

    def comment_threads(self, response_id: int, open_only: bool = False) -> list[CommentThread]:
        """The response's comments as threads (a comment and its replies), oldest first."""
        threads: dict[int, CommentThread] = {}
        root_of: dict[int, int] = {}
        for comment in self.comments(response_id):
            assert comment.id is not None
            if comment.parent_id is None:
                threads[comment.id] = CommentThread(comment)
                root_of[comment.id] = comment.id
            elif comment.parent_id in root_of:
                # Replies are stored on the thread's first comment; older stores may nest.
                root_of[comment.id] = root_of[comment.parent_id]
                threads[root_of[comment.id]].replies.append(comment)
        return [t for t in threads.values() if t.is_open or not open_only]

    def section_comment_threads(
        self, response_id: int, section_id: int | None, open_only: bool = False
    ) -> list[CommentThread]:
        """One section's threads; `section_id` None gives those on the response as a whole."""
        return [
            t for t in self.comment_threads(response_id, open_only) if t.section_id == section_id
        ]

    def open_comment_counts(self, response_id: int) -> dict[int | None, int]:
        """Open threads per section id (None: on the response as a whole), for the marks in
        the section tree. One query."""
        rows = self.db.execute(
            "SELECT CASE WHEN p.id IS NULL THEN c.section_id ELSE p.section_id END, count(*)"
            " FROM comments c LEFT JOIN positions p ON p.id = c.position_id"
            " WHERE c.response_id = ? AND c.parent_id IS NULL AND c.resolved_at = ''"
            " GROUP BY 1",
            [response_id],
        ).fetchall()
        return dict(rows)

    def resolve_comment(self, comment_id: int, by: str = "") -> Comment:
        """Mark a thread resolved (a reply's id resolves its thread)."""
        return self._set_resolved(comment_id, by, resolved=True)

    def reopen_comment(self, comment_id: int, by: str = "") -> Comment:
        """Open a resolved thread again."""
        return self._set_resolved(comment_id, by, resolved=False)

    def _set_resolved(self, comment_id: int, by: str, resolved: bool) -> Comment:
        with self.transaction():
            root = self._thread_root(self.get_comment(comment_id))
            if bool(root.resolved_at) == resolved:
                state = "redan löst" if resolved else "inte löst"
                raise InvalidInput(f"Kommentar {root.id} är {state}.")
            self.db.execute(
                "UPDATE comments SET resolved_at = ?, resolved_by = ? WHERE id = ?",
                [now() if resolved else "", by if resolved else "", root.id],
            )
            self.log_event(
                root.response_id,
                "resolve" if resolved else "reopen_comment",
                by,
                message=f"#{root.id}: {_one_line(root.text)}",
            )
        return self.get_comment(root.id)  # type: ignore[arg-type, unused-ignore]

    def _thread_root(self, comment: Comment) -> Comment:
        while comment.parent_id is not None:
            comment = self.get_comment(comment.parent_id)
        return comment

    def _comment_place(self, comment: Comment) -> str:
        if comment.section_id is None:
            where = "hela yttrandet"
        else:
            row = self.db.execute(
                "SELECT number, title FROM sections WHERE id = ?", [comment.section_id]
            ).fetchone()
            where = f"avsnitt {row[0] or row[1]}" if row else f"avsnitt {comment.section_id}"
        if comment.position_id is not None:
            where += f", ställningstagande {comment.position_id}"
        return where


def _one_line(text: str, limit: int = 120) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
