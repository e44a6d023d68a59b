"""What a Version holds: the whole response as it stood, in a form that restores exactly.

A snapshot is the response's case fields and its positions, as plain JSON values. It leaves
out what a restore must not change (status, the response's ids, timestamps). `content()` is
what two snapshots must share to be "the same response": a restore reproduces it exactly.
Pure: no store, no UI.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from dataclasses import dataclass, field
from enum import Enum
from typing import Any

from workbench.core.model import (
    RESPONSE_DATE_FIELDS,
    RESPONSE_LIST_FIELDS,
    RESPONSE_TEXT_FIELDS,
    Position,
    Response,
    Signatory,
)

FORMAT = 1

# Every case field a snapshot holds and a restore writes back, in the details screen's order.
CASE_FIELDS: tuple[str, ...] = (
    "kind",
    *RESPONSE_TEXT_FIELDS,
    *RESPONSE_DATE_FIELDS,
    *RESPONSE_LIST_FIELDS,
    "signatories",
    "section_headings",
)


@dataclass
class SnapshotPosition:
    """One position as it stood; `section` is its section's number then (None: the whole)."""

    id: int | None
    section_id: int | None
    section: str | None
    stance: str
    text: str = ""
    verb_override: str = ""
    in_summary: bool = False
    summary_override: str = ""
    order: int = 0

    def as_dict(self) -> dict:
        # By hand: dataclasses.asdict deep-copies and dominates the cost of a snapshot.
        return {name: getattr(self, name) for name in _POSITION_KEYS}

    def content(self) -> dict:
        data = self.as_dict()
        del data["id"]
        return data


_POSITION_KEYS = tuple(f.name for f in dataclasses.fields(SnapshotPosition))


@dataclass
class Snapshot:
    """A response's case fields (JSON values: dates as ISO text) and its positions in order."""

    fields: dict[str, Any]
    positions: list[SnapshotPosition] = field(default_factory=list)

    def content(self) -> dict:
        """Everything but the positions' ids: equal contents are the same response."""
        return {"fields": self.fields, "positions": [p.content() for p in self.positions]}

    def case_values(self) -> dict[str, Any]:
        """The case fields as `Store.update_response` takes them."""
        values = dict(self.fields)
        signatories = values.get("signatories")
        if signatories is not None:
            values["signatories"] = [
                Signatory(s["name"], s.get("title", ""), i) for i, s in enumerate(signatories)
            ]
        return values

    def to_json(self) -> str:
        return json.dumps(
            {
                "format": FORMAT,
                "fields": self.fields,
                "positions": [p.as_dict() for p in self.positions],
            },
            ensure_ascii=False,
        )


def take(response: Response, section_numbers: dict[int, str]) -> Snapshot:
    """Snapshot a response read with its positions; `section_numbers` maps section ids."""
    return Snapshot(
        fields={name: _json_value(getattr(response, name)) for name in CASE_FIELDS},
        positions=[_position(p, section_numbers) for p in response.positions],
    )


def empty() -> Snapshot:
    """Nothing at all: the base when no version exists to compare with, so every filled-in
    field and every position shows as new."""
    return Snapshot(fields={}, positions=[])


def from_json(text: str) -> Snapshot:
    """Read a stored snapshot: this format, or the first store's `asdict(Response)` dump."""
    data = json.loads(text)
    if data.get("format") == FORMAT:
        return Snapshot(
            fields=data["fields"],
            positions=[SnapshotPosition(**p) for p in data["positions"]],
        )
    # The foundation's save_version dumped dataclasses.asdict(response) with default=str.
    fields = {name: data.get(name) for name in CASE_FIELDS if name in data}
    if fields.get("signatories") is not None:
        fields["signatories"] = [
            {"name": s["name"], "title": s.get("title", "")} for s in fields["signatories"]
        ]
    positions = [
        SnapshotPosition(
            id=p.get("id"),
            section_id=p.get("section_id"),
            section=None,
            stance=p["stance"],
            text=p.get("text", ""),
            verb_override=p.get("verb_override", ""),
            in_summary=bool(p.get("in_summary", False)),
            summary_override=p.get("summary_override", ""),
            order=p.get("order", 0),
        )
        for p in data.get("positions", [])
    ]
    return Snapshot(fields=fields, positions=positions)


def _position(position: Position, section_numbers: dict[int, str]) -> SnapshotPosition:
    return SnapshotPosition(
        id=position.id,
        section_id=position.section_id,
        section=None if position.section_id is None else section_numbers.get(position.section_id),
        stance=position.stance,
        text=position.text,
        verb_override=position.verb_override,
        in_summary=bool(position.in_summary),
        summary_override=position.summary_override,
        order=position.order,
    )


def _json_value(value: Any) -> Any:
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, list):
        return [
            {"name": v.name, "title": v.title} if isinstance(v, Signatory) else v for v in value
        ]
    return value
