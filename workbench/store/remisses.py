"""Remisses and their section trees."""

from __future__ import annotations

from workbench.core.model import Remiss, Section, normalise_number, with_parents
from workbench.errors import InvalidInput, NotFound
from workbench.store.connection import date_in, date_out, now
from workbench.store.part import StorePart

REMISS_FIELDS = (
    "title",
    "sender",
    "sender_dnr",
    "received",
    "reply_by",
    "source_name",
    "source_sha256",
)


class RemissQueries(StorePart):
    def add_remiss(self, remiss: Remiss) -> Remiss:
        """Store a remiss and its sections in one transaction."""
        if not remiss.title.strip():
            raise InvalidInput("Remissen måste ha en titel.")
        values = [
            remiss.title.strip(),
            remiss.sender,
            remiss.sender_dnr,
            date_in(remiss.received, "Inkommen"),
            date_in(remiss.reply_by, "Svara senast"),
            remiss.source_name,
            remiss.source_sha256,
        ]
        with self.transaction():
            cursor = self.db.execute(
                "INSERT INTO remisses (title, sender, sender_dnr, received, reply_by,"
                " source_name, source_sha256) VALUES (?, ?, ?, ?, ?, ?, ?)",
                values,
            )
            remiss_id = cursor.lastrowid
            self._insert_sections(remiss_id, remiss.sections)
        return self.get_remiss(remiss_id)

    def update_remiss(self, remiss_id: int, **fields) -> Remiss:
        unknown = set(fields) - set(REMISS_FIELDS)
        if unknown:
            raise InvalidInput(f"Okända fält för remiss: {', '.join(sorted(unknown))}.")
        if "title" in fields and not str(fields["title"]).strip():
            raise InvalidInput("Remissen måste ha en titel.")
        for name, label in (("received", "Inkommen"), ("reply_by", "Svara senast")):
            if name in fields:
                fields[name] = date_in(fields[name], label)
        with self.transaction():
            self.get_remiss(remiss_id, with_sections=False)
            if fields:
                assignments = ", ".join(f"{name} = ?" for name in fields)
                self.db.execute(
                    f"UPDATE remisses SET {assignments}, updated_at = ? WHERE id = ?",
                    [*fields.values(), now(), remiss_id],
                )
        return self.get_remiss(remiss_id)

    def delete_remiss(self, remiss_id: int) -> None:
        """Delete a remiss, its sections and every response to it."""
        with self.transaction():
            self.get_remiss(remiss_id, with_sections=False)
            self.db.execute("DELETE FROM remisses WHERE id = ?", [remiss_id])

    def get_remiss(self, remiss_id: int, with_sections: bool = True) -> Remiss:
        rows = list(self.db.query("SELECT * FROM remisses WHERE id = ?", [remiss_id]))
        if not rows:
            raise NotFound(f"Remiss {remiss_id} finns inte.")
        remiss = _remiss_from_row(rows[0])
        if with_sections:
            remiss.sections = self.sections(remiss_id)
        return remiss

    def list_remisses(self) -> list[Remiss]:
        rows = self.db.query("SELECT * FROM remisses ORDER BY received DESC, id DESC")
        return [_remiss_from_row(row) for row in rows]

    def remiss_by_dnr(self, sender_dnr: str) -> Remiss | None:
        rows = list(
            self.db.query("SELECT id FROM remisses WHERE sender_dnr = ? ORDER BY id", [sender_dnr])
        )
        return self.get_remiss(rows[0]["id"]) if rows else None

    def remisses_by_dnr(self, sender_dnr: str) -> list[Remiss]:
        """Every remiss with this sender dnr, oldest first (without sections)."""
        rows = self.db.query(
            "SELECT * FROM remisses WHERE sender_dnr = ? ORDER BY id", [sender_dnr]
        )
        return [_remiss_from_row(row) for row in rows]

    def duplicates_of(self, sha256: str, sender_dnr: str, title: str) -> list[Remiss]:
        """Stored remisses that look like this one: the same file (sha256), or the same
        sender dnr and title. Oldest first, without sections."""
        rows = self.db.query(
            "SELECT * FROM remisses WHERE (? != '' AND source_sha256 = ?)"
            " OR (? != '' AND sender_dnr = ? AND lower(trim(title)) = lower(trim(?)))"
            " ORDER BY id",
            [sha256, sha256, sender_dnr, sender_dnr, title],
        )
        return [_remiss_from_row(row) for row in rows]

    def sections(self, remiss_id: int) -> list[Section]:
        """The remiss's sections in document order, each with its parent's number."""
        rows = self.db.query(
            "SELECT id, remiss_id, number, title, level, body, page FROM sections"
            " WHERE remiss_id = ? ORDER BY ord",
            [remiss_id],
        )
        return with_parents(
            [
                Section(
                    id=row["id"],
                    remiss_id=row["remiss_id"],
                    number=row["number"],
                    title=row["title"],
                    level=row["level"],
                    body=row["body"],
                    page=row["page"],
                )
                for row in rows
            ]
        )

    def get_section(self, section_id: int) -> Section:
        rows = list(self.db.query("SELECT remiss_id FROM sections WHERE id = ?", [section_id]))
        if not rows:
            raise NotFound(f"Avsnitt {section_id} finns inte.")
        for section in self.sections(rows[0]["remiss_id"]):
            if section.id == section_id:
                return section
        raise NotFound(f"Avsnitt {section_id} finns inte.")

    def section_by_number(self, remiss_id: int, number: str) -> Section:
        """Find a section by its number as the remiss writes it (`4.1`, `A`, `A.`)."""
        wanted = normalise_number(number)
        for section in self.sections(remiss_id):
            if normalise_number(section.number) == wanted:
                return section
        raise NotFound(f"Remissen har inget avsnitt {number}.")

    def _insert_sections(self, remiss_id: int, sections: list[Section], start: int = 0) -> None:
        rows = []
        for index, section in enumerate(sections, start=start):
            if not 1 <= int(section.level) <= 9:
                raise InvalidInput(f"Avsnitt {section.number}: nivån måste vara 1–9.")
            rows.append(
                [
                    remiss_id,
                    index,
                    section.number,
                    section.title,
                    int(section.level),
                    section.body,
                    getattr(section, "page", None),
                ]
            )
        self.db.conn.executemany(
            "INSERT INTO sections (remiss_id, ord, number, title, level, body, page)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            rows,
        )


def _remiss_from_row(row: dict) -> Remiss:
    return Remiss(
        id=row["id"],
        title=row["title"],
        sender=row["sender"],
        sender_dnr=row["sender_dnr"],
        received=date_out(row["received"]),
        reply_by=date_out(row["reply_by"]),
        source_name=row["source_name"],
        source_sha256=row["source_sha256"],
        created_at=row["created_at"],
    )
