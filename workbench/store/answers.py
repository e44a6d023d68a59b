"""Received answers: other organisations' responses read in for a compilation, the queue of
what their import was unsure of, and the corrections the officer makes."""

from __future__ import annotations

from workbench.core.model import (
    ORIGIN_RECEIVED,
    OVERALL_SET_FLAG,
    AnswerImport,
    Organisation,
    Position,
    Response,
    ReviewItem,
)
from workbench.core.stances import OVERALL_CLASSES
from workbench.errors import InvalidInput, NotFound
from workbench.store.connection import json_dump, json_list, now
from workbench.store.responses import (
    ResponseQueries,
    _position_from_row,
    _response_row,
    position_values,
)

KEEP = object()  # "leave the section as it is" (None is the remiss as a whole)


class AnswerQueries(ResponseQueries):
    def add_received_response(self, response: Response, record: AnswerImport) -> Response:
        """Store another organisation's answer with its positions as read, in one transaction.

        The positions keep their lead, confidences and review flags; the response gets its
        status (normally "skickad": its author sent it) last, as `add_response` does.
        """
        organisation = self.get_organisation(response.organisation_id)
        remiss = self.get_remiss(response.remiss_id)
        vocabulary = self.vocabulary(organisation.id)
        section_ids = {s.id for s in remiss.sections}
        for position in response.positions:
            if position.stance not in vocabulary:
                raise InvalidInput(f"Okänd hållning '{position.stance}'.")
            if position.section_id is not None and position.section_id not in section_ids:
                raise NotFound(f"Avsnitt {position.section_id} hör inte till remissen.")
        row = _response_row(response)
        status = row.pop("status")
        columns = ", ".join([*row, "origin"])
        marks = ", ".join("?" for _ in range(len(row) + 1))
        with self.transaction():
            cursor = self.db.execute(
                f"INSERT INTO responses ({columns}) VALUES ({marks})",
                [*row.values(), ORIGIN_RECEIVED],
            )
            response_id = cursor.lastrowid
            self.db.conn.executemany(  # all at once: an answer has hundreds
                "INSERT INTO positions (response_id, section_id, stance, verb_override, text,"
                " in_summary, summary_override, ord, lead, stance_confidence,"
                " section_confidence, needs_review, review_note, placed_by)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    [
                        response_id,
                        *position_values(position),
                        order,
                        position.lead,
                        position.stance_confidence,
                        position.section_confidence,
                        int(position.needs_review),
                        position.review_note,
                        position.placed_by,
                    ]
                    for order, position in enumerate(response.positions)
                ],
            )
            self.db.execute(
                "INSERT INTO answer_imports (response_id, source_name, source_sha256, method,"
                " organisation_guess, organisation_confidence, organisation_confirmed, warnings,"
                " skipped, overall_stance, overall_basis, supplements, flags)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    response_id,
                    record.source_name,
                    record.source_sha256,
                    record.method,
                    record.organisation_guess,
                    record.organisation_confidence,
                    int(record.organisation_confirmed),
                    json_dump(record.warnings),
                    json_dump(record.skipped),
                    record.overall_stance,
                    record.overall_basis,
                    record.supplements,
                    json_dump(record.flags),
                ],
            )
            self.db.execute("UPDATE responses SET status = ? WHERE id = ?", [status, response_id])
        return self.get_response(response_id)

    def answer_import(self, response_id: int) -> AnswerImport | None:
        rows = list(self.db.query("SELECT * FROM answer_imports WHERE response_id = ?",
                                  [response_id]))  # fmt: skip
        return _import_from_row(rows[0]) if rows else None

    def answer_imports(self, remiss_id: int) -> dict[int, AnswerImport]:
        """How each received answer to the remiss was read, by response id."""
        rows = self.db.query(
            "SELECT a.* FROM answer_imports a JOIN responses r ON r.id = a.response_id"
            " WHERE r.remiss_id = ? ORDER BY a.response_id",
            [remiss_id],
        )
        return {row["response_id"]: _import_from_row(row) for row in rows}

    def first_received_answer(self, remiss_id: int, organisation_id: int) -> int | None:
        """The organisation's first received answer to the remiss, which a new one completes."""
        row = self.db.execute(
            "SELECT id FROM responses WHERE remiss_id = ? AND organisation_id = ?"
            " AND origin = 'received' ORDER BY id LIMIT 1",
            [remiss_id, organisation_id],
        ).fetchone()
        return row[0] if row else None

    def imported_from(self, remiss_id: int, sha256: str) -> int | None:
        """The received answer to `remiss_id` read from a file with this content, if any."""
        row = self.db.execute(
            "SELECT a.response_id FROM answer_imports a JOIN responses r ON r.id = a.response_id"
            " WHERE r.remiss_id = ? AND a.source_sha256 = ? ORDER BY a.response_id DESC",
            [remiss_id, sha256],
        ).fetchone()
        return row[0] if row else None

    # The queue

    def review_queue(self, remiss_id: int | None = None) -> list[ReviewItem]:
        """Positions of received answers still to confirm, by remiss, answer and order."""
        where = "AND r.remiss_id = ?" if remiss_id is not None else ""
        rows = self.db.query(
            f"""
            SELECT p.*, r.remiss_id, o.name AS organisation, s.number AS section_number,
                   s.title AS section_title, coalesce(a.source_name, '') AS source_name
            FROM positions p
            JOIN responses r ON r.id = p.response_id
            JOIN organisations o ON o.id = r.organisation_id
            LEFT JOIN sections s ON s.id = p.section_id
            LEFT JOIN answer_imports a ON a.response_id = r.id
            WHERE p.needs_review = 1 AND r.origin = 'received' {where}
            ORDER BY r.remiss_id, r.id, p.ord, p.id
            """,
            [remiss_id] if remiss_id is not None else [],
        )
        # One query: the positions come with their answer, organisation and section.
        items = []
        for row in rows:
            position = _position_from_row(row)
            items.append(
                ReviewItem(
                    position=position,
                    response_id=position.response_id,
                    remiss_id=row["remiss_id"],
                    organisation=row["organisation"],
                    section_number=row["section_number"],
                    section_title=row["section_title"] or "",
                    source_name=row["source_name"],
                )
            )
        return items

    def unconfirmed_organisations(self, remiss_id: int | None = None) -> list[AnswerImport]:
        """Received answers whose organisation is a guess nobody has confirmed."""
        where = "AND r.remiss_id = ?" if remiss_id is not None else ""
        rows = self.db.query(
            "SELECT a.* FROM answer_imports a JOIN responses r ON r.id = a.response_id"
            f" WHERE a.organisation_confirmed = 0 {where} ORDER BY a.response_id",
            [remiss_id] if remiss_id is not None else [],
        )
        return [_import_from_row(row) for row in rows]

    def correct_position(
        self, position_id: int, stance: str | None = None, section_id=KEEP
    ) -> Position:
        """Confirm a received answer's position, with the stance and section corrected when
        given (`section_id` None: the remiss as a whole). It leaves the queue."""
        with self.transaction():
            position = self.get_position(position_id)
            response = self._received(position.response_id)
            new_stance = position.stance if stance is None else stance
            new_section = position.section_id if section_id is KEEP else section_id
            self._check_position(response, new_stance, new_section)
            self.db.execute(
                "UPDATE positions SET stance = ?, section_id = ?, needs_review = 0,"
                " review_note = '', placed_by = ?, updated_at = ? WHERE id = ?",
                [
                    new_stance,
                    new_section,
                    _placed_after(position, new_section),
                    now(),
                    position_id,
                ],
            )
        return self.get_position(position_id)

    def drop_position(self, position_id: int) -> None:
        """Remove what the import took for a position of a received answer (a stray line)."""
        with self.transaction():
            position = self.get_position(position_id)
            self._received(position.response_id)
            self.db.execute("DELETE FROM positions WHERE id = ?", [position_id])

    def file_under_organisation(self, response_id: int, organisation_id: int) -> Response:
        """File a received answer under the organisation the officer confirms."""
        with self.transaction():
            self._received(response_id)
            self.get_organisation(organisation_id)
            self.db.execute(
                "UPDATE responses SET organisation_id = ? WHERE id = ?",
                [organisation_id, response_id],
            )
            self.db.execute(
                "UPDATE answer_imports SET organisation_confirmed = 1 WHERE response_id = ?",
                [response_id],
            )
        return self.get_response(response_id)

    def set_overall(self, response_id: int, stance_class: str) -> AnswerImport:
        """The officer's word on a received answer's stance as a whole (a class of
        `OVERALL_CLASSES`): it replaces the one read, and the passage it was read from goes
        with it."""
        if stance_class not in OVERALL_CLASSES:
            raise InvalidInput(
                f"Okänd helhetshållning {stance_class!r}; välj för, delvis, emot, synpunkter "
                "eller inga."
            )
        with self.transaction():
            self._received(response_id)
            record = self.answer_import(response_id)
            if record is None:
                raise InvalidInput(
                    f"Yttrande {response_id} lästes inte in ur en fil; dess helhetshållning "
                    "räknas ur ställningstagandena om remissen som helhet."
                )
            flags = [flag for flag in record.flags if flag != OVERALL_SET_FLAG]
            self.db.execute(
                "UPDATE answer_imports SET overall_stance = ?, overall_basis = '', flags = ?"
                " WHERE response_id = ?",
                [stance_class, json_dump([*flags, OVERALL_SET_FLAG]), response_id],
            )
        updated = self.answer_import(response_id)
        assert updated is not None  # the row the update found
        return updated

    def _received(self, response_id: int) -> Response:
        response = self.get_response(response_id, with_positions=False)
        if not response.received:
            raise InvalidInput(
                f"Yttrande {response_id} är inget mottaget svar; rätta det i arbetsytan."
            )
        return response

    # The compilation's input

    def compilation_answers(self, remiss_id: int) -> list[tuple[Response, Organisation]]:
        """Every response to the remiss with its positions and organisation."""
        self.get_remiss(remiss_id, with_sections=False)
        organisations: dict[int, Organisation] = {}
        out = []
        ids = [
            row[0]
            for row in self.db.execute(
                "SELECT id FROM responses WHERE remiss_id = ? ORDER BY id", [remiss_id]
            ).fetchall()
        ]
        for response_id in ids:
            response = self.get_response(response_id)
            if response.organisation_id not in organisations:
                organisations[response.organisation_id] = self.get_organisation(
                    response.organisation_id
                )
            out.append((response, organisations[response.organisation_id]))
        return out


def _placed_after(position: Position, section_id) -> str:
    """Why a corrected position is where it is: the officer moved it, or confirmed it."""
    if section_id != position.section_id:
        return "moved by the officer"
    return position.placed_by or "confirmed by the officer"


def _import_from_row(row: dict) -> AnswerImport:
    return AnswerImport(
        response_id=row["response_id"],
        source_name=row["source_name"],
        source_sha256=row["source_sha256"],
        method=row["method"],
        organisation_guess=row["organisation_guess"],
        organisation_confidence=row["organisation_confidence"],
        organisation_confirmed=bool(row["organisation_confirmed"]),
        warnings=json_list(row["warnings"]),
        imported_at=row["imported_at"],
        skipped=json_list(row.get("skipped") or "[]"),
        overall_stance=row.get("overall_stance") or "",
        overall_basis=row.get("overall_basis") or "",
        supplements=row.get("supplements"),
        flags=json_list(row.get("flags") or "[]"),
    )
