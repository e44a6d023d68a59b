"""Printing for the CLI: JSON shapes (ARCHITECTURE.md, "The CLI contract") and Rich tables."""

from __future__ import annotations

import datetime as dt
import json

import click

from workbench.core.model import Remiss, Response, ResponseSummary, Section


def emit_json(value) -> None:
    click.echo(json.dumps(value, ensure_ascii=False, indent=2, default=_default))


def _default(value):
    if isinstance(value, dt.date):
        return value.isoformat()
    raise TypeError(type(value).__name__)


def iso(value: dt.date | None) -> str | None:
    return value.isoformat() if value else None


def remiss_row(remiss: Remiss) -> dict:
    return {
        "id": remiss.id,
        "title": remiss.title,
        "sender": remiss.sender,
        "sender_dnr": remiss.sender_dnr,
        "received": iso(remiss.received),
        "reply_by": iso(remiss.reply_by),
        "source_name": remiss.source_name,
    }


def section_row(section: Section) -> dict:
    return {
        "id": section.id,
        "number": section.number,
        "title": section.title,
        "level": section.level,
        "parent": section.parent,
        "body": section.body,
    }


def response_summary_row(summary: ResponseSummary) -> dict:
    return {
        "id": summary.id,
        "remiss_id": summary.remiss_id,
        "remiss_title": summary.remiss_title,
        "organisation": summary.organisation,
        "kind": summary.kind.value,
        "status": summary.status.value,
        "our_dnr": summary.our_dnr,
        "reply_by": iso(summary.reply_by),
        "answered": summary.answered,
        "total": summary.total,
        "open_comments": summary.open_comments,
    }


def console():
    from rich.console import Console

    return Console(highlight=False, soft_wrap=False)


def print_table(columns: list[str], rows: list[list[str]], title: str | None = None) -> None:
    from rich.table import Table

    table = Table(title=title, show_lines=False, header_style="bold")
    for column in columns:
        table.add_column(column, overflow="fold")
    for row in rows:
        table.add_row(*row)
    console().print(table)


def response_detail(
    response: Response, organisation: str, sections: dict[int, Section], vocabulary, subject: str
) -> dict:
    """The `response show --json` shape: the case fields and every position."""
    positions = []
    for position in response.positions:
        section = sections.get(position.section_id) if position.section_id else None
        lead = vocabulary.position_lead(position, subject)
        positions.append(
            {
                "id": position.id,
                "section": section.number if section else None,
                "stance": position.stance,
                "verb_override": position.verb_override,
                "lead": lead.phrase,
                "text": position.text,
                "in_summary": position.in_summary,
                "summary_override": position.summary_override,
                "order": position.order,
                "stance_class": vocabulary.stance_class(position.stance),
                "placed_by": position.placed_by,
                # queued for the officer at import, and why; confirming clears both
                "needs_review": position.needs_review,
                "review_note": position.review_note,
            }
        )
    data = {
        "id": response.id,
        "remiss_id": response.remiss_id,
        "organisation": organisation,
        "kind": response.kind.value,
        "status": response.status.value,
    }
    for name, value in vars(response).items():
        if name in data or name in ("positions", "organisation_id", "signatories"):
            continue
        data[name] = iso(value) if isinstance(value, dt.date) else value
    data["signatories"] = (
        None
        if response.signatories is None
        else [{"name": s.name, "title": s.title} for s in response.signatories]
    )
    data["positions"] = positions
    return data


def described(remisses) -> str:
    """`#3 "Titel" (fil.pdf), #7 "Titel"`: remisses told apart in one line."""
    return ", ".join(
        f"#{r.id} ”{r.title}”" + (f" ({r.source_name})" if r.source_name else "") for r in remisses
    )
