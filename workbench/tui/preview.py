"""Förhandsgranskning: the response as its document kind will read, as rich Text.

A plain rendering in the order of PRODUCT.md's "Document kinds"; the Word layout itself is the
export's business. Empty optional parts are left out, as in the documents.
"""

from __future__ import annotations

import datetime as dt

from rich.text import Text

from workbench import markup
from workbench.model import Kind, Organisation, Position, Remiss, Response
from workbench.stances import Vocabulary
from workbench.tui.text_views import markup_text, position_text


class _Writer:
    def __init__(self) -> None:
        self.text = Text()

    def line(self, content: str | Text = "", style: str = "") -> None:
        if isinstance(content, Text):
            self.text.append_text(content)
        else:
            self.text.append(content, style=style)
        self.text.append("\n")

    def heading(self, title: str, level: int = 1) -> None:
        self.line()
        self.line(title, style="bold underline" if level == 1 else "bold")

    def part(self, title: str, body: str) -> None:
        if body.strip():
            self.heading(title)
            self.line(markup_text(body))

    def items(self, title: str, items: list[str], numbered: bool = False) -> None:
        if items:
            self.heading(title)
            for number, item in enumerate(items, start=1):
                self.line(f"  {number}. {item}" if numbered else f"  • {item}")


def summary_line(position: Position, vocabulary: Vocabulary, subject: str) -> str:
    """The position's line in the summary: its own, or the lead and its first sentence."""
    if position.summary_override.strip():
        return position.summary_override.strip()
    lead = vocabulary.lead(position.stance, subject, position.verb_override)
    first = markup.first_sentence(position.text) or lead.default_tail
    return f"{lead.phrase} {first}".strip()


def preview_text(
    response: Response,
    remiss: Remiss,
    organisation: Organisation,
    vocabulary: Vocabulary,
    today: dt.date,
) -> Text:
    """The response (with `response.positions` in order) as the chosen kind would read."""
    out = _Writer()
    subject = organisation.subject_phrase
    kind = response.kind
    date = (response.date or today).isoformat()
    out.line(
        Text.assemble(
            (organisation.name, "bold"),
            "    ",
            (kind.label.upper(), "bold"),
            f"    {date}",
            f"    Dnr {response.our_dnr}" if response.our_dnr else "",
        )
    )
    if response.security_class and kind is Kind.YTTRANDE:
        out.line(f"Informationssäkerhetsklass: {response.security_class}")
    if kind is Kind.REMISSVAR:
        out.line()
        if remiss.sender:
            out.line(f"Till {remiss.sender}")
        if remiss.sender_dnr:
            out.line(f"Ert Dnr {remiss.sender_dnr}")
    elif response.deciding_body:
        out.line()
        out.line(response.deciding_body)
    out.line()
    default_title = (
        remiss.title if kind is Kind.REMISSVAR else f"Yttrande över remiss {remiss.title}"
    )
    out.line(response.title or default_title, style="bold")
    if response.subtitle:
        out.line(response.subtitle, style="italic")

    summary = [p for p in response.positions if p.in_summary]
    if kind is Kind.BESLUT:
        out.part(organisation.part_title("arendet"), response.case_description)
        out.items(organisation.part_title("beslutsunderlag"), response.attachments, numbered=True)
        _decision(out, response, organisation)
    elif kind is Kind.TJANSTEUTLATANDE:
        _decision(out, response, organisation)
        _summary(out, response, summary, vocabulary, subject, organisation)
        out.part(organisation.part_title("beskrivning"), response.case_description)
        out.items(organisation.part_title("beredning"), response.participants)
        _positions(
            out, response, remiss, vocabulary, subject, organisation.part_title("synpunkter")
        )
        consequences = "\n\n".join(
            part
            for part in (response.economic_consequences, response.legal_consequences)
            if part.strip()
        )
        out.part(organisation.part_title("konsekvenser"), consequences)
    elif kind is Kind.YTTRANDE:
        out.part(organisation.part_title("bakgrund"), response.background)
        _positions(
            out, response, remiss, vocabulary, subject, organisation.part_title("overvaganden")
        )
        out.part(organisation.part_title("ekonomi"), response.economic_consequences)
        out.part(organisation.part_title("miljo"), response.environmental_consequences)
    else:
        _summary(out, response, summary, vocabulary, subject, organisation)
        _positions(
            out,
            response,
            remiss,
            vocabulary,
            subject,
            organisation.part_title("stallningstaganden"),
        )
    if kind is not Kind.BESLUT:
        closing = response.closing or (f"{organisation.city} som ovan" if organisation.city else "")
        if kind is Kind.YTTRANDE and not response.closing:
            closing = "Enligt uppdrag"
        if closing.strip():
            out.line()
            out.line(markup_text(closing))
    signatories = (
        response.signatories if response.signatories is not None else organisation.signatories
    )
    if signatories:
        out.line()
        for signatory in signatories:
            out.line(signatory.name, style="bold")
            if signatory.title:
                out.line(signatory.title)
    if kind is Kind.TJANSTEUTLATANDE:
        out.items(organisation.part_title("bilagor"), response.attachments, numbered=True)
        out.items(organisation.part_title("sandlista"), response.recipients)
    return out.text


def _decision(out: _Writer, response: Response, organisation: Organisation) -> None:
    if response.decision_intro.strip() or response.decision_clauses:
        out.heading(organisation.part_title("forslag_till_beslut"))
        if response.decision_intro.strip():
            out.line(markup_text(response.decision_intro))
        for clause in response.decision_clauses:
            out.line(f"  – {clause}")


def _summary(
    out: _Writer,
    response: Response,
    summary: list[Position],
    vocabulary: Vocabulary,
    subject: str,
    organisation: Organisation,
) -> None:
    if not (response.summary.strip() or summary):
        return
    out.heading(organisation.part_title("sammanfattning"))
    if response.summary.strip():
        out.line(markup_text(response.summary))
    for position in summary:
        out.line(f"  • {summary_line(position, vocabulary, subject)}")


def _positions(
    out: _Writer,
    response: Response,
    remiss: Remiss,
    vocabulary: Vocabulary,
    subject: str,
    title: str,
) -> None:
    if not response.positions:
        return
    out.heading(title)
    sections = {section.id: section for section in remiss.sections}
    current: object = object()
    # Under the remiss's headings in section order; otherwise as flowing prose in the
    # officer's own order.
    positions = (
        response.positions
        if response.section_headings
        else sorted(response.positions, key=lambda p: p.order)
    )
    for position in positions:
        if response.section_headings and position.section_id != current:
            current = position.section_id
            section = sections.get(position.section_id)
            out.heading(section.heading if section else "Övergripande synpunkter", level=2)
        out.line(position_text(position, vocabulary, subject, general=position.section_id is None))
        out.line()
