"""Two writers on one store (two officers, or the officer and a reviewer): an edit that would
silently replace text another process stored since this one last saw it keeps that text.

The later save still goes in (it is what its writer sees on screen), and the text it replaces
is kept as a comment on the position, so both are there to compare and nothing is lost.
"""

from __future__ import annotations

from dataclasses import dataclass

from workbench.core.model import Comment
from workbench.review.workflow import SYSTEM_ACTOR
from workbench.store.review import ReviewQueries

# The fields whose text is kept when another writer changed it. For the others (the stance,
# the summary flag) the later choice simply stands: there is no text to lose.
TEXT_FIELDS = ("text", "verb_override", "summary_override")
CONFLICT_AUTHOR = SYSTEM_ACTOR
FIELD_LABELS = {
    "text": "texten",
    "verb_override": "den egna inledningen",
    "summary_override": "sammanfattningsraden",
}


@dataclass
class SavedEdit:
    updated_at: str
    kept: Comment | None = None  # the other writer's text, kept as a comment


class ConcurrentEditQueries(ReviewQueries):
    def save_position_edit(
        self,
        position_id: int,
        field: str,
        value: object,
        seen_at: str,
        last_saved: object = None,
    ) -> SavedEdit:
        """Write one field of a position edited on screen. `seen_at` is the position's
        updated_at when this process last read or wrote it.

        In the same write transaction: if the row changed since `seen_at` and the field no
        longer holds what this process last stored there, another writer changed it; unless
        the new value already contains that text, it is kept as a comment on the position.
        `last_saved`: what this process last saved or read in the field (None: what this
        Store object last saved there, else the new value).
        """
        known: dict = self.__dict__.setdefault("_known_edits", {})
        kept = None
        with self.transaction():
            stored = self.get_position(position_id)
            if field in TEXT_FIELDS:
                theirs = getattr(stored, field)
                mine = last_saved if last_saved is not None else known.get((position_id, field))
                # The row changed since this process saw it, and not by this process: its own
                # other writes (a moved position, a new stance) leave the text it last wrote.
                changed = (
                    stored.updated_at != seen_at
                    and theirs != (value if mine is None else mine)
                    and theirs != value
                )
                if changed and theirs.strip() and theirs not in str(value):
                    kept = self.add_comment(
                        Comment(
                            response_id=stored.response_id,
                            position_id=position_id,
                            author=CONFLICT_AUTHOR,
                            text=(
                                f"Samtidig ändring: {FIELD_LABELS[field]} ändrades också"
                                f" någon annanstans och ersattes av en senare sparning."
                                f" Den ersatta lydelsen:\n\n{theirs}"
                            ),
                        )
                    )
            saved = self.update_position(position_id, **{field: value})
        known[(position_id, field)] = value
        return SavedEdit(saved.updated_at, kept)
