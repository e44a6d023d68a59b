"""Responses (the case) and their positions."""

from __future__ import annotations

from workbench.core.drafting import coverage
from workbench.core.model import (
    RESPONSE_DATE_FIELDS,
    RESPONSE_LIST_FIELDS,
    RESPONSE_TEXT_FIELDS,
    Kind,
    Position,
    Remiss,
    Response,
    ResponseSummary,
    Section,
    Signatory,
    Status,
)
from workbench.core.stances import NO_COMMENTS
from workbench.errors import InvalidInput, NotFound
from workbench.review.workflow import check_writable
from workbench.store.connection import date_in, date_out, json_dump, json_list, now
from workbench.store.events import EventLog
from workbench.store.organisations import OrganisationQueries
from workbench.store.remisses import RemissQueries

POSITION_FIELDS = (
    "stance",
    "text",
    "section_id",
    "verb_override",
    "in_summary",
    "summary_override",
)

_DATE_LABELS = {"date": "Datum", "meeting_date": "Sammanträdesdatum"}


class ResponseQueries(OrganisationQueries, RemissQueries, EventLog):
    # Responses

    def new_response(
        self, remiss_id: int, organisation_id: int, kind: Kind | str | None = None, **fields
    ) -> Response:
        """Open a case for an organisation on a remiss, with the organisation's defaults."""
        org = self.get_organisation(organisation_id)
        self.get_remiss(remiss_id, with_sections=False)
        response = Response(
            remiss_id=remiss_id,
            organisation_id=organisation_id,
            kind=_kind(kind or org.default_kind),
            deciding_body=org.deciding_body,
            security_class=org.security_class,
        )
        for name, value in fields.items():
            if not hasattr(response, name):
                raise InvalidInput(f"Okänt fält för yttrande: {name}.")
            setattr(response, name, value)
        return self.add_response(response)

    def add_response(self, response: Response) -> Response:
        """Store a whole response, positions included, in one transaction.

        An approved response (the demo's, an imported one) is read-only, so it is written as
        a draft and given its status last.
        """
        self.get_organisation(response.organisation_id)
        self.get_remiss(response.remiss_id, with_sections=False)
        row = _response_row(response)
        status = row.pop("status")
        columns = ", ".join(row)
        marks = ", ".join("?" for _ in row)
        with self.transaction():
            cursor = self.db.execute(
                f"INSERT INTO responses ({columns}) VALUES ({marks})", list(row.values())
            )
            response_id = cursor.lastrowid
            for position in response.positions:
                self.add_position(response_id, position)
            self.db.execute("UPDATE responses SET status = ? WHERE id = ?", [status, response_id])
        return self.get_response(response_id)

    def get_response(self, response_id: int, with_positions: bool = True) -> Response:
        rows = list(self.db.query("SELECT * FROM responses WHERE id = ?", [response_id]))
        if not rows:
            raise NotFound(f"Yttrande {response_id} finns inte.")
        response = _response_from_row(rows[0])
        if with_positions:
            response.positions = self.positions(response_id)
        return response

    def update_response(self, response_id: int, **fields) -> Response:
        """Change case fields of a response; unknown fields and bad dates are refused.

        The status is not a field: it changes by a transition (`set_status`).
        """
        if "status" in fields:
            raise InvalidInput(
                "Status ändras bara genom en statusövergång (workbench response status)."
            )
        values = _response_row_values(fields)
        with self.transaction():
            self.writable_response(response_id)
            if values:
                assignments = ", ".join(f"{name} = ?" for name in values)
                self.db.execute(
                    f"UPDATE responses SET {assignments}, updated_at = ? WHERE id = ?",
                    [*values.values(), now(), response_id],
                )
        return self.get_response(response_id)

    def delete_response(self, response_id: int, actor: str = "") -> None:
        """Delete a response; an approved one of ours must be reopened first, a received
        answer may go at any time (it can be imported again)."""
        with self.transaction():
            response = self.get_response(response_id, with_positions=False)
            if not response.received:
                check_writable(response.status)
            self.db.execute("DELETE FROM responses WHERE id = ?", [response_id])
            self.log_event(
                response_id, "delete", actor, from_status=response.status, message="Borttaget"
            )

    def list_responses(
        self, remiss_id: int | None = None, origin: str | None = None
    ) -> list[ResponseSummary]:
        """The cases list: each response with its remiss, organisation and progress; `origin`
        "own" or "received" keeps only our own cases or only the answers read in."""
        conditions, params = [], []
        if remiss_id is not None:
            conditions.append("r.remiss_id = ?")
            params.append(remiss_id)
        if origin is not None:
            conditions.append("r.origin = ?")
            params.append(origin)  # type: ignore[arg-type]
        where = f"WHERE {' AND '.join(conditions)}" if conditions else ""
        rows = self.db.query(
            f"""
            SELECT r.id, r.remiss_id, r.kind, r.status, r.our_dnr, r.updated_at, r.origin,
                   m.title AS remiss_title, m.sender, m.sender_dnr, m.reply_by,
                   o.name AS organisation,
                   (SELECT count(*) FROM sections s WHERE s.remiss_id = r.remiss_id) AS total,
                   (SELECT count(*) FROM comments c
                     WHERE c.response_id = r.id AND c.resolved_at = ''
                       AND c.parent_id IS NULL) AS open_comments
            FROM responses r
            JOIN remisses m ON m.id = r.remiss_id
            JOIN organisations o ON o.id = r.organisation_id
            {where}
            ORDER BY coalesce(m.reply_by, '9999-12-31'), r.id
            """,
            params,
        )
        summaries = [
            ResponseSummary(
                id=row["id"],
                remiss_id=row["remiss_id"],
                remiss_title=row["remiss_title"],
                sender=row["sender"],
                sender_dnr=row["sender_dnr"],
                reply_by=date_out(row["reply_by"]),
                organisation=row["organisation"],
                kind=Kind(row["kind"]),
                status=Status(row["status"]),
                our_dnr=row["our_dnr"],
                answered=0,
                total=row["total"],
                open_comments=row["open_comments"],
                updated_at=row["updated_at"],
                origin=row["origin"],
            )
            for row in rows
        ]
        self._count_answered(summaries)
        return summaries

    def _count_answered(self, summaries: list[ResponseSummary]) -> None:
        """Each summary's answered sections by the one rule (core.drafting.coverage): a parent
        whose subsection is answered counts, as in the workspace and the export's check."""
        if not summaries:
            return
        remiss_ids = sorted({s.remiss_id for s in summaries})
        marks = ",".join("?" * len(remiss_ids))
        by_remiss: dict[int, list[Section]] = {}
        for row in self.db.query(
            f"SELECT id, remiss_id, number, title, level FROM sections"
            f" WHERE remiss_id IN ({marks}) ORDER BY remiss_id, ord",
            remiss_ids,
        ):
            by_remiss.setdefault(row["remiss_id"], []).append(Section(**row))
        response_ids = [s.id for s in summaries]
        marks = ",".join("?" * len(response_ids))
        answered: dict[int, list[Position]] = {}
        # The fields the rule reads (core.drafting.says_nothing), not just the section: an
        # emptied "anser" position answers nothing.
        for row in self.db.query(
            f"SELECT response_id, section_id, stance, text, verb_override, summary_override"
            f" FROM positions WHERE response_id IN ({marks}) AND section_id IS NOT NULL",
            response_ids,
        ):
            answered.setdefault(row["response_id"], []).append(
                Position(
                    row["stance"],
                    row["text"],
                    section_id=row["section_id"],
                    verb_override=row["verb_override"],
                    summary_override=row["summary_override"],
                )
            )
        for summary in summaries:
            sections = by_remiss.get(summary.remiss_id, [])
            summary.answered = coverage(answered.get(summary.id, []), sections).done

    def case_list(self) -> tuple[list[ResponseSummary], list[Remiss]]:
        """Everything Ärenden shows, in a few queries whatever the number of cases: the
        responses (`list_responses`, with what is answered by the one rule) and every remiss."""
        return self.list_responses(), self.list_remisses()

    def writable_response(self, response_id: int) -> Response:
        """The response (without positions), or InvalidInput when it is approved (read-only)."""
        response = self.get_response(response_id, with_positions=False)
        check_writable(response.status)
        return response

    def touch_response(self, response_id: int) -> None:
        self.db.execute("UPDATE responses SET updated_at = ? WHERE id = ?", [now(), response_id])

    # Positions

    def positions(self, response_id: int) -> list[Position]:
        """A response's positions: general ones first, then in section order, then by order."""
        return self._positions("", [response_id])

    def section_positions(self, response_id: int, section_id: int | None) -> list[Position]:
        """One section's positions in order; `section_id` None gives the general positions."""
        return self._positions(" AND p.section_id IS ?", [response_id, section_id])

    def section_fingerprint(self, response_id: int, section_id: int | None) -> tuple:
        """What changes when a position of the section is added, deleted or edited (its
        count, newest edit, ids and text length), in one aggregate: cheaper than reading the
        positions."""
        row = self.db.execute(
            "SELECT count(*), max(updated_at), total(id), total(length(text)) FROM positions"
            " WHERE response_id = ? AND section_id IS ?",
            [response_id, section_id],
        ).fetchone()
        return tuple(row)

    def data_version(self) -> int:
        """SQLite's count of commits by other connections (another process, or this one's
        autosave writer) to the store: unchanged, nothing was written since it was read, and
        no fingerprint need be taken."""
        return self.db.execute("PRAGMA data_version").fetchone()[0]

    def position_fingerprints(self, response_id: int) -> dict[int | None, tuple]:
        """`section_fingerprint` of every section of the response that has positions."""
        rows = self.db.execute(
            "SELECT section_id, count(*), max(updated_at), total(id), total(length(text))"
            " FROM positions"
            " WHERE response_id = ? GROUP BY section_id",
            [response_id],
        )
        return {row[0]: tuple(row[1:]) for row in rows}

    def _positions(self, condition: str, params: list) -> list[Position]:
        sql = (
            "SELECT p.* FROM positions p LEFT JOIN sections s ON s.id = p.section_id"
            f" WHERE p.response_id = ?{condition}"
            " ORDER BY p.section_id IS NOT NULL, s.ord, p.ord, p.id"
        )
        return [_position_from_row(row) for row in self.db.query(sql, params)]

    def get_position(self, position_id: int) -> Position:
        rows = list(self.db.query("SELECT * FROM positions WHERE id = ?", [position_id]))
        if not rows:
            raise NotFound(f"Ställningstagande {position_id} finns inte.")
        return _position_from_row(rows[0])

    def add_position(self, response_id: int, position: Position) -> Position:
        """Add a position after every other position of the response (so last in its section)."""
        with self.transaction():
            response = self.writable_response(response_id)
            self._check_position(response, position.stance, position.section_id)
            order = self.db.execute(
                "SELECT coalesce(max(ord), -1) + 1 FROM positions WHERE response_id = ?",
                [response_id],
            ).fetchone()[0]
            position_id = self._insert_position(response_id, position, order)
            self.touch_response(response_id)
        return self.get_position(position_id)

    def _insert_position(
        self, response_id: int, position, order: int, position_id: int | None = None
    ) -> int:
        """Insert a Position (or a version's SnapshotPosition: the same fields) at `order`;
        `position_id` None lets SQLite choose the id."""
        cursor = self.db.execute(
            "INSERT INTO positions (id, response_id, section_id, stance, verb_override, text,"
            " in_summary, summary_override, ord) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [position_id, response_id, *position_values(position), order],
        )
        return cursor.lastrowid

    def update_position(self, position_id: int, **fields) -> Position:
        unknown = set(fields) - set(POSITION_FIELDS)
        if unknown:
            raise InvalidInput(f"Okända fält för ställningstagande: {', '.join(sorted(unknown))}.")
        if "in_summary" in fields:
            fields["in_summary"] = int(bool(fields["in_summary"]))
        with self.transaction():
            position = self.get_position(position_id)
            response = self.writable_response(position.response_id)
            if "stance" in fields or "section_id" in fields:
                self._check_position(
                    response,
                    fields.get("stance", position.stance),
                    fields.get("section_id", position.section_id),
                )
            if fields:
                assignments = ", ".join(f"{name} = ?" for name in fields)
                self.db.execute(
                    f"UPDATE positions SET {assignments}, updated_at = ? WHERE id = ?",
                    [*fields.values(), now(), position_id],
                )
                self.touch_response(position.response_id)
        return self.get_position(position_id)

    def delete_position(self, position_id: int) -> None:
        with self.transaction():
            position = self.get_position(position_id)
            self.writable_response(position.response_id)
            self.db.execute("DELETE FROM positions WHERE id = ?", [position_id])
            self.touch_response(position.response_id)

    def move_position(self, position_id: int, offset: int) -> Position:
        """Move a position up (negative) or down among its section's positions.

        It trades places (and response-wide order) with the neighbour it passes, so the
        flowing order of the response changes the same way.
        """
        with self.transaction():
            position = self.get_position(position_id)
            self.writable_response(position.response_id)
            siblings = self.section_positions(position.response_id, position.section_id)
            index = next(i for i, p in enumerate(siblings) if p.id == position_id)
            step = 1 if offset > 0 else -1
            for _ in range(abs(offset)):
                other_index = index + step
                if not 0 <= other_index < len(siblings):
                    break
                other = siblings[other_index]
                mine, theirs = siblings[index].order, other.order
                self.db.execute("UPDATE positions SET ord = ? WHERE id = ?", [theirs, position_id])
                self.db.execute("UPDATE positions SET ord = ? WHERE id = ?", [mine, other.id])
                siblings[index].order, other.order = theirs, mine
                siblings[index], siblings[other_index] = other, siblings[index]
                index = other_index
            self.touch_response(position.response_id)
        return self.get_position(position_id)

    def flowing_positions(self, response_id: int) -> list[Position]:
        """All positions in the response-wide order the officer gave them."""
        return [
            _position_from_row(row)
            for row in self.db.query(
                "SELECT * FROM positions WHERE response_id = ? ORDER BY ord, id", [response_id]
            )
        ]

    def mark_no_comments(self, response_id: int, section_id: int | None) -> Position:
        """Record "inga synpunkter" on a section unless it already holds that position."""
        for position in self.section_positions(response_id, section_id):
            if position.stance == NO_COMMENTS:
                return position
        return self.add_position(response_id, Position(NO_COMMENTS, section_id=section_id))

    def _check_position(self, response: Response, stance: str, section_id: int | None) -> None:
        if stance not in self.vocabulary(response.organisation_id):
            raise InvalidInput(f"Okänd hållning '{stance}'.")
        if section_id is not None:
            row = self.db.execute(
                "SELECT remiss_id FROM sections WHERE id = ?", [section_id]
            ).fetchone()
            if row is None or row[0] != response.remiss_id:
                raise NotFound(f"Avsnitt {section_id} hör inte till remissen.")


def _kind(value: Kind | str) -> Kind:
    try:
        return Kind(value)
    except ValueError:
        kinds = ", ".join(k.value for k in Kind)
        raise InvalidInput(f"Okänd dokumenttyp '{value}' (välj bland {kinds}).") from None


def _status(value: Status | str) -> Status:
    try:
        return Status(value)
    except ValueError:
        raise InvalidInput(f"Okänd status '{value}'.") from None


def position_values(position) -> list:
    """A Position's (or SnapshotPosition's) stored values: section_id, stance, verb_override,
    text, in_summary, summary_override, the column order of the writes that use it."""
    return [
        position.section_id,
        position.stance,
        position.verb_override,
        position.text,
        int(bool(position.in_summary)),
        position.summary_override,
    ]


def _response_row(response: Response) -> dict:
    row = {"remiss_id": response.remiss_id, "organisation_id": response.organisation_id}
    fields = {
        name: getattr(response, name)
        for name in (
            "kind",
            "status",
            *RESPONSE_TEXT_FIELDS,
            *RESPONSE_DATE_FIELDS,
            *RESPONSE_LIST_FIELDS,
            "signatories",
            "section_headings",
        )
    }
    row.update(_response_row_values(fields))
    return row


def _response_row_values(fields: dict) -> dict:
    """Turn model values into column values, validating each."""
    values: dict = {}
    for name, value in fields.items():
        if name == "kind":
            values[name] = _kind(value).value
        elif name == "status":
            values[name] = _status(value).value
        elif name in RESPONSE_TEXT_FIELDS:
            values[name] = "" if value is None else str(value)
        elif name in RESPONSE_DATE_FIELDS:
            values[name] = date_in(value, _DATE_LABELS[name])
        elif name in RESPONSE_LIST_FIELDS:
            if isinstance(value, str):
                value = [line.strip() for line in value.splitlines() if line.strip()]
            values[name] = json_dump([str(item) for item in value])
        elif name == "section_headings":
            values[name] = int(bool(value))
        elif name == "signatories":
            values[name] = (
                None
                if value is None
                else json_dump([{"name": s.name, "title": s.title} for s in value])
            )
        else:
            raise InvalidInput(f"Okänt fält för yttrande: {name}.")
    return values


def _response_from_row(row: dict) -> Response:
    signatories = row["signatories"]
    return Response(
        id=row["id"],
        remiss_id=row["remiss_id"],
        organisation_id=row["organisation_id"],
        kind=Kind(row["kind"]),
        status=Status(row["status"]),
        **{name: row[name] for name in RESPONSE_TEXT_FIELDS},
        **{name: date_out(row[name]) for name in RESPONSE_DATE_FIELDS},  # type: ignore[arg-type]
        **{name: json_list(row[name]) for name in RESPONSE_LIST_FIELDS},  # type: ignore[arg-type]
        signatories=None
        if signatories is None
        else [
            Signatory(s["name"], s.get("title", ""), i)
            for i, s in enumerate(json_list(signatories))
        ],
        section_headings=bool(row["section_headings"]),
        created_at=row["created_at"],
        updated_at=row["updated_at"],
        origin=row["origin"],
    )


def _position_from_row(row: dict) -> Position:
    return Position(
        id=row["id"],
        response_id=row["response_id"],
        section_id=row["section_id"],
        stance=row["stance"],
        verb_override=row["verb_override"],
        text=row["text"],
        in_summary=bool(row["in_summary"]),
        summary_override=row["summary_override"],
        order=row["ord"],
        created_at=row["created_at"],
        updated_at=row["updated_at"],
        lead=row["lead"],
        stance_confidence=row["stance_confidence"],
        section_confidence=row["section_confidence"],
        needs_review=bool(row["needs_review"]),
        review_note=row["review_note"],
        placed_by=row.get("placed_by") or "",
    )
