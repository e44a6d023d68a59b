"""The review report as Markdown: the decisions (status changes with who, when and why), the
comments per section with their replies and whether they are resolved, and the versions.
Pure: it gets plain dataclasses and returns text.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from workbench.core.model import CommentThread, Event, Remiss, Response, Version
from workbench.review.workflow import actor_of, describe_event, status_label

GENERAL_HEADING = "Yttrandet som helhet"


@dataclass
class ReviewRecord:
    """Everything the report tells, gathered from the store (`workbench.usecases.review.record`)."""

    response: Response
    organisation: str
    remiss: Remiss
    events: list[Event] = field(default_factory=list)
    threads: list[CommentThread] = field(default_factory=list)
    versions: list[Version] = field(default_factory=list)


def local_time(stamp: str) -> str:
    """A stored UTC timestamp as local time to the minute: "2026-05-04 14:03"."""
    if not stamp:
        return "–"
    try:
        moment = dt.datetime.fromisoformat(stamp.replace("Z", "+00:00"))
    except ValueError:
        return stamp
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return moment.astimezone().strftime("%Y-%m-%d %H:%M")


def render_report(record: ReviewRecord, generated: dt.datetime | None = None) -> str:
    response, remiss = record.response, record.remiss
    generated = generated or dt.datetime.now().astimezone()
    lines = [
        f"# Granskningsrapport: {_inline(remiss.title)}",
        "",
        f"- **Organisation:** {_inline(record.organisation)}",
        f"- **Dokumenttyp:** {response.kind.label}",
        f"- **Vårt dnr:** {_inline(response.our_dnr) or '–'}",
        f"- **Ert dnr:** {_inline(remiss.sender_dnr) or '–'}",
        f"- **Status:** {response.status.label}",
        f"- **Rapporten skapad:** {generated.strftime('%Y-%m-%d %H:%M')}",
        "",
        "## Beslut och statusändringar",
        "",
    ]
    decisions = [e for e in record.events if e.action in ("status", "restore")]
    if decisions:
        lines += [_row("Tid", "Vem", "Händelse", "Meddelande"), _row(*["---"] * 4)]
        for event in decisions:
            message = event.message if event.action == "status" else ""
            lines.append(_row(local_time(event.at), actor_of(event), _decision(event), message))
    else:
        lines.append("Inga statusändringar ännu.")
    lines += ["", "## Kommentarer", ""]
    open_count = sum(t.is_open for t in record.threads)
    if not record.threads:
        lines.append("Inga kommentarer.")
    else:
        lines.append(f"{open_count} öppna, {len(record.threads) - open_count} lösta.")
    headings = {s.id: s.heading for s in remiss.sections}
    order = [None, *headings]
    for section_id in order + sorted(
        {t.section_id for t in record.threads} - set(order), key=lambda x: x or 0
    ):
        threads = [t for t in record.threads if t.section_id == section_id]
        if not threads:
            continue
        heading = GENERAL_HEADING if section_id is None else headings.get(section_id)
        lines += ["", f"### {_inline(heading or f'Avsnitt {section_id}')}", ""]
        for thread in threads:
            lines.extend(_thread(thread))
    lines += ["", "## Versioner", ""]
    if record.versions:
        lines += [_row("Nr", "Tid", "Vem", "Status", "Etikett"), _row(*["---"] * 5)]
        for version in record.versions:
            lines.append(
                _row(
                    str(version.number),
                    local_time(version.created_at),
                    version.author or "–",
                    status_label(version.status),
                    version.label,
                )
            )
    else:
        lines.append("Inga sparade versioner.")
    return "\n".join(lines) + "\n"


def _decision(event: Event) -> str:
    # A status change's message has its own column.
    return describe_event(event, with_message=event.action != "status")


def _thread(thread: CommentThread) -> list[str]:
    first = thread.comment
    state = (
        f"löst av {first.resolved_by or '–'} {local_time(first.resolved_at)}"
        if first.resolved_at
        else "öppen"
    )
    anchor = f", ställningstagande {first.position_id}" if first.position_id else ""
    lines = [
        f"- **{_inline(first.author or '–')}**, {local_time(first.created_at)}"
        f" (#{first.id}{anchor}, {state}): {_block(first.text, '  ')}"
    ]
    for reply in thread.replies:
        lines.append(
            f"  - **{_inline(reply.author or '–')}**, {local_time(reply.created_at)}:"
            f" {_block(reply.text, '    ')}"
        )
    return lines


def _inline(text: str | None) -> str:
    return " ".join((text or "").split())


def _block(text: str, indent: str) -> str:
    """A comment's paragraphs kept, continued under its list item."""
    paragraphs = [p.strip() for p in text.strip().split("\n")]
    return ("\n" + indent).join(p for p in paragraphs if p) or "–"


def _row(*cells: str) -> str:
    """One Markdown table row; a "|" in the text must not end its cell."""
    return "| " + " | ".join(_inline(cell).replace("|", "\\|") for cell in cells) + " |"
