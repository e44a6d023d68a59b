"""The bundled demo: the Life science remisses and four organisations' answers (workbench/data/).

Loading is idempotent: a remiss already in the store (same sender's dnr), an organisation
(same name) or a response (same remiss and organisation) is left as it is, edits included.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, fields
from pathlib import Path

from workbench.core.model import (
    Kind,
    Organisation,
    Position,
    Remiss,
    Response,
    Section,
    Signatory,
    Stance,
    Status,
)
from workbench.errors import NotFound
from workbench.store import Store

# The statuses a demo response passes on its way to the one its data names.
FORWARD = [Status.UTKAST, Status.GRANSKNING, Status.GODKAND, Status.BESLUTAD, Status.SKICKAD]

DATA_DIR = Path(__file__).resolve().parents[1] / "data"  # workbench/data


@dataclass
class DemoResult:
    remisses_added: int = 0
    organisations_added: int = 0
    responses_added: int = 0


def load_demo(store: Store, data_dir: Path = DATA_DIR) -> DemoResult:
    """Load every remiss and response file of the demo, in one transaction."""
    result = DemoResult()
    with store.transaction():
        remiss_ids: dict[str, int] = {}
        for path in sorted(data_dir.glob("remiss_*.toml")):
            remiss = remiss_from_toml(_read(path))
            existing = store.remiss_by_dnr(remiss.sender_dnr)
            if existing is None:
                existing = store.add_remiss(remiss)
                result.remisses_added += 1
            remiss_ids[remiss.sender_dnr] = existing.id
        for path in sorted(data_dir.glob("response_*.toml")):
            data = _read(path)
            remiss_id = remiss_ids[data["remiss"]]
            org = organisation_from_toml(data["organisation"])
            try:
                org = store.organisation_by_name(org.name)
            except NotFound:
                org = store.add_organisation(org)
                result.organisations_added += 1
            if any(s.organisation == org.name for s in store.list_responses(remiss_id=remiss_id)):
                continue
            response = response_from_toml(data, store, remiss_id, org.id)
            target = response.status
            response.status = Status.UTKAST
            created = store.add_response(response)
            # The demo's officer (else the organisation) did it all, as in a real case.
            by = response.prepared_by or org.name
            store.log_event(created.id, "create", by, message=f"Demodata ({path.name})")
            # Walk the workflow to the status the data names, so the demo has the versions
            # and log a real case has: the reviewer's diff starts from what was sent.
            for status in FORWARD[1 : FORWARD.index(target) + 1]:
                store.set_status(created.id, status, by=by, message="Demodata")
            result.responses_added += 1
    return result


def _read(path: Path) -> dict:
    with path.open("rb") as file:
        return tomllib.load(file)


def remiss_from_toml(data: dict) -> Remiss:
    meta = data["remiss"]
    return Remiss(
        title=meta["title"],
        sender=meta.get("sender", ""),
        sender_dnr=meta.get("sender_dnr", ""),
        received=meta.get("received"),
        reply_by=meta.get("reply_by"),
        source_name=meta.get("source_name", ""),
        sections=[
            Section(
                number=str(s.get("number", "")),
                title=s.get("title", ""),
                level=int(s.get("level", 1)),
                body=s.get("body", "").strip(),
            )
            for s in data.get("sections", [])
        ],
    )


def organisation_from_toml(data: dict) -> Organisation:
    return Organisation(
        name=data["name"],
        subject=data.get("subject", ""),
        city=data.get("city", ""),
        deciding_body=data.get("deciding_body", ""),
        default_kind=Kind(data.get("default_kind", "remissvar")),
        security_class=data.get("security_class", ""),
        part_titles=dict(data.get("part_titles", {})),
        signatories=[
            Signatory(s["name"], s.get("title", ""), i)
            for i, s in enumerate(data.get("signatories", []))
        ],
        stances=[Stance(s.get("key", ""), s["verb"], s["class"]) for s in data.get("stances", [])],
    )


_RESPONSE_FIELDS = {f.name for f in fields(Response)} - {
    "id",
    "remiss_id",
    "organisation_id",
    "positions",
    "signatories",
    "created_at",
    "updated_at",
}


def response_from_toml(data: dict, store: Store, remiss_id: int, org_id: int) -> Response:
    meta = data.get("response", {})
    unknown = set(meta) - _RESPONSE_FIELDS - {"signatories"}
    if unknown:
        raise ValueError(f"unknown response fields in demo data: {sorted(unknown)}")
    response = Response(remiss_id=remiss_id, organisation_id=org_id)
    for name, value in meta.items():
        if name == "signatories":
            value = [Signatory(s["name"], s.get("title", ""), i) for i, s in enumerate(value)]
        elif isinstance(value, str):
            value = value.strip()
        setattr(response, name, value)
    for position in data.get("positions", []):
        section_id = None
        if position.get("section"):
            section_id = store.section_by_number(remiss_id, str(position["section"])).id
        response.positions.append(
            Position(
                stance=position["stance"],
                text=position.get("text", "").strip(),
                section_id=section_id,
                verb_override=position.get("verb_override", ""),
                in_summary=bool(position.get("in_summary", False)),
                summary_override=position.get("summary_override", "").strip(),
            )
        )
    return response
