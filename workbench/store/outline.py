"""Outline editing: the officer fixes what the import could not know.

Rename, re-level, merge with the next section, split at a paragraph, move, insert, delete.
Each edit is one transaction. Section order is the `ord` column and parents are derived on
read (model.with_parents), so re-levelling is a level change and moving is a change of `ord`.
Positions and comments point at a section's id: they stay with their section through every
edit, and merging moves the next section's onto the merged one.
"""

from __future__ import annotations

from workbench.core.markup import paragraphs
from workbench.core.model import Section, normalise_number
from workbench.errors import InvalidInput, NotFound
from workbench.review.workflow import READ_ONLY as READ_ONLY_STATUSES
from workbench.store.connection import now
from workbench.store.remisses import RemissQueries

# Responses whose positions no edit may touch until reopened (the review rule).
READ_ONLY = tuple(status.value for status in READ_ONLY_STATUSES)


class OutlineQueries(RemissQueries):
    def rename_section(
        self, section_id: int, number: str | None = None, title: str | None = None
    ) -> Section:
        """Give a section a new number and/or title (None leaves it as it is)."""
        with self.transaction():
            row = self._section_row(section_id)
            new_number = row["number"] if number is None else number.strip()
            new_title = row["title"] if title is None else title.strip()
            if not new_number and not new_title:
                raise InvalidInput("Ett avsnitt behöver ett nummer eller en rubrik.")
            if new_number and normalise_number(new_number) != normalise_number(row["number"]):
                for other in self._outline_rows(row["remiss_id"]):
                    if normalise_number(other["number"]) == normalise_number(new_number):
                        raise InvalidInput(f"Remissen har redan ett avsnitt {new_number}.")
            self.db.execute(
                "UPDATE sections SET number = ?, title = ? WHERE id = ?",
                [new_number, new_title, section_id],
            )
            self._touch_remiss(row["remiss_id"])
        return self.get_section(section_id)

    def set_section_level(self, section_id: int, level: int) -> Section:
        if not 1 <= int(level) <= 9:
            raise InvalidInput("Nivån måste vara 1–9.")
        with self.transaction():
            row = self._section_row(section_id)
            self.db.execute("UPDATE sections SET level = ? WHERE id = ?", [int(level), section_id])
            self._touch_remiss(row["remiss_id"])
        return self.get_section(section_id)

    def merge_section_with_next(self, section_id: int) -> Section:
        """Join the next section into this one: its heading becomes a paragraph of the body,
        its positions and comments come over, after this section's own, in their order."""
        with self.transaction():
            row = self._section_row(section_id)
            rows = self._outline_rows(row["remiss_id"])
            index = _index_of(rows, section_id)
            if index + 1 >= len(rows):
                raise InvalidInput(
                    f"{_label(row)} är det sista avsnittet; det finns inget att slå ihop med."
                )
            following = rows[index + 1]
            self._refuse_read_only(following, (section_id, following["id"]))
            heading = Section(following["number"], following["title"]).heading
            body = "\n\n".join(
                part for part in (row["body"].strip(), heading, following["body"].strip()) if part
            )
            self._append_positions(section_id, following["id"])
            self.db.execute(
                "UPDATE comments SET section_id = ? WHERE section_id = ?",
                [section_id, following["id"]],
            )
            self.db.execute("UPDATE sections SET body = ? WHERE id = ?", [body, section_id])
            self.db.execute("DELETE FROM sections WHERE id = ?", [following["id"]])
            self._write_order(row["remiss_id"], [r["id"] for r in rows if r is not following])
            self._touch_remiss(row["remiss_id"])
        return self.get_section(section_id)

    def split_section(
        self,
        section_id: int,
        at: int,
        number: str = "",
        title: str = "",
        level: int | None = None,
        heading_from_paragraph: bool = False,
    ) -> Section:
        """Cut a section's body before paragraph `at` (0-based); the rest becomes a new section
        right after it, with the given number, title and level (default the same level).

        `heading_from_paragraph`: paragraph `at` is the missed heading itself; it is taken out
        of the body (the caller passes the number and title it read from it). Positions and
        comments stay with the first half. Returns the new section.
        """
        with self.transaction():
            row = self._section_row(section_id)
            parts = paragraphs(row["body"])
            lowest = 0 if heading_from_paragraph else 1
            if not lowest <= at < len(parts):
                raise InvalidInput(
                    f"{_label(row)} har {len(parts)} stycken; dela vid stycke"
                    f" {lowest}–{len(parts) - 1} (räknat från 0)."
                )
            if not number.strip() and not title.strip():
                raise InvalidInput("Det nya avsnittet behöver ett nummer eller en rubrik.")
            new_level = row["level"] if level is None else int(level)
            if not 1 <= new_level <= 9:
                raise InvalidInput("Nivån måste vara 1–9.")
            rest = parts[at + 1 :] if heading_from_paragraph else parts[at:]
            self.db.execute(
                "UPDATE sections SET body = ? WHERE id = ?", ["\n\n".join(parts[:at]), section_id]
            )
            new_id = self._insert_after(
                row, Section(number.strip(), title.strip(), new_level, "\n\n".join(rest))
            )
            self._touch_remiss(row["remiss_id"])
        return self.get_section(new_id)

    def insert_section(self, remiss_id: int, index: int, section: Section) -> Section:
        """Insert a new section so that it stands at `index` (0-based) in the outline."""
        if not section.number.strip() and not section.title.strip():
            raise InvalidInput("Ett avsnitt behöver ett nummer eller en rubrik.")
        if not 1 <= int(section.level) <= 9:
            raise InvalidInput("Nivån måste vara 1–9.")
        with self.transaction():
            self.get_remiss(remiss_id, with_sections=False)
            rows = self._outline_rows(remiss_id)
            if not 0 <= index <= len(rows):
                raise InvalidInput(f"Platsen måste vara 0–{len(rows)}.")
            cursor = self.db.execute(
                "INSERT INTO sections (remiss_id, ord, number, title, level, body)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                [
                    remiss_id,
                    len(rows),
                    section.number.strip(),
                    section.title.strip(),
                    int(section.level),
                    section.body,
                ],
            )
            ids = [r["id"] for r in rows]
            ids.insert(index, cursor.lastrowid)
            self._write_order(remiss_id, ids)
            self._touch_remiss(remiss_id)
        return self.get_section(cursor.lastrowid)

    def move_section(self, section_id: int, to: int, with_subsections: bool = True) -> Section:
        """Move a section (with its subsections) so that it starts at `to` among the others.

        `to` counts the sections that remain once the moved ones are lifted out: 0 puts it
        first, len(remaining) last.
        """
        with self.transaction():
            row = self._section_row(section_id)
            rows = self._outline_rows(row["remiss_id"])
            start = _index_of(rows, section_id)
            end = start + 1
            if with_subsections:
                while end < len(rows) and rows[end]["level"] > row["level"]:
                    end += 1
            block = rows[start:end]
            rest = rows[:start] + rows[end:]
            if not 0 <= to <= len(rest):
                raise InvalidInput(f"Platsen måste vara 0–{len(rest)}.")
            ordered = rest[:to] + block + rest[to:]
            self._write_order(row["remiss_id"], [r["id"] for r in ordered])
            self._touch_remiss(row["remiss_id"])
        return self.get_section(section_id)

    def delete_section(self, section_id: int) -> None:
        """Delete a section; refused while positions or comments hang on it."""
        with self.transaction():
            row = self._section_row(section_id)
            positions = self.db.execute(
                "SELECT count(*) FROM positions WHERE section_id = ?", [section_id]
            ).fetchone()[0]
            comments = self.db.execute(
                "SELECT count(*) FROM comments WHERE section_id = ?", [section_id]
            ).fetchone()[0]
            if positions or comments:
                held = []
                if positions:
                    held.append(f"{positions} ställningstagande{'n' if positions > 1 else ''}")
                if comments:
                    held.append(f"{comments} kommentar{'er' if comments > 1 else ''}")
                raise InvalidInput(
                    f"{_label(row)} har {' och '.join(held)}; slå ihop avsnittet med ett annat"
                    " eller flytta dem först."
                )
            rows = self._outline_rows(row["remiss_id"])
            self.db.execute("DELETE FROM sections WHERE id = ?", [section_id])
            self._write_order(row["remiss_id"], [r["id"] for r in rows if r["id"] != section_id])
            self._touch_remiss(row["remiss_id"])

    # Helpers

    def _section_row(self, section_id: int) -> dict:
        rows = list(self.db.query("SELECT * FROM sections WHERE id = ?", [section_id]))
        if not rows:
            raise NotFound(f"Avsnitt {section_id} finns inte.")
        return rows[0]

    def _outline_rows(self, remiss_id: int) -> list[dict]:
        return list(
            self.db.query(
                "SELECT * FROM sections WHERE remiss_id = ? ORDER BY ord, id", [remiss_id]
            )
        )

    def _write_order(self, remiss_id: int, ids: list[int]) -> None:
        self.db.conn.executemany(
            "UPDATE sections SET ord = ? WHERE id = ? AND remiss_id = ?",
            [(index, section_id, remiss_id) for index, section_id in enumerate(ids)],
        )

    def _insert_after(self, row: dict, section: Section) -> int:
        rows = self._outline_rows(row["remiss_id"])
        cursor = self.db.execute(
            "INSERT INTO sections (remiss_id, ord, number, title, level, body)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            [row["remiss_id"], len(rows), section.number, section.title, section.level,
             section.body],
        )  # fmt: skip
        ids = [r["id"] for r in rows]
        ids.insert(_index_of(rows, row["id"]) + 1, cursor.lastrowid)
        self._write_order(row["remiss_id"], ids)
        return cursor.lastrowid

    def _append_positions(self, target: int, source: int) -> None:
        """Move `source`'s positions onto `target`, after target's own, in their order.

        Positions keep the set of response-wide places (`ord`) they held between them, so
        the rest of a response's flowing order is untouched.
        """
        responses = [
            row["response_id"]
            for row in self.db.query(
                "SELECT DISTINCT response_id FROM positions WHERE section_id = ?", [source]
            )
        ]
        for response_id in responses:
            mine = self._section_position_rows(response_id, target)
            theirs = self._section_position_rows(response_id, source)
            places = sorted(r["ord"] for r in mine + theirs)
            self.db.conn.executemany(
                "UPDATE positions SET section_id = ?, ord = ? WHERE id = ?",
                [(target, place, r["id"]) for place, r in zip(places, mine + theirs, strict=True)],
            )

    def _refuse_read_only(self, row: dict, section_ids: tuple[int, ...]) -> None:
        """Merging moves positions; those of an approved, decided or sent response are
        read-only (the review rule), so such a merge waits until the response is reopened."""
        marks = ", ".join("?" for _ in section_ids)
        statuses = ", ".join("?" for _ in READ_ONLY)
        names = [
            r["name"]
            for r in self.db.query(
                "SELECT DISTINCT o.name FROM positions p JOIN responses r ON r.id = p.response_id"
                " JOIN organisations o ON o.id = r.organisation_id"
                f" WHERE p.section_id IN ({marks}) AND r.status IN ({statuses}) ORDER BY o.name",
                [*section_ids, *READ_ONLY],
            )
        ]
        if names:
            raise InvalidInput(
                f"{_label(row)} kan inte slås ihop: ställningstaganden i godkända eller skickade"
                f" yttranden hänger på avsnitten ({', '.join(names)}); öppna dem igen först."
            )

    def _section_position_rows(self, response_id: int, section_id: int) -> list[dict]:
        return list(
            self.db.query(
                "SELECT id, ord FROM positions WHERE response_id = ? AND section_id = ?"
                " ORDER BY ord, id",
                [response_id, section_id],
            )
        )

    def _touch_remiss(self, remiss_id: int) -> None:
        self.db.execute("UPDATE remisses SET updated_at = ? WHERE id = ?", [now(), remiss_id])


def _index_of(rows: list[dict], section_id: int) -> int:
    return next(index for index, row in enumerate(rows) if row["id"] == section_id)


def _label(row: dict) -> str:
    heading = Section(row["number"], row["title"]).heading
    return f"Avsnitt {heading}" if heading else f"Avsnitt {row['id']}"
