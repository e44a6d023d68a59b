"""The JSON sidecar: a response as data, for a sender that compiles many answers by machine.

Shape: {"format", "remiss": {"title", "sender", "sender_dnr"}, "organisation", "our_dnr",
"kind", "date", "sections": [{"number", "title", "stance", "stance_class", "text",
"positions": [{"stance", "lead", "text"}]}]}. Every section of the remiss is listed in order,
with `stance` null and `text` "" where the response says nothing; positions on the remiss as
a whole come first as a section with number null. `text` is the section's positions as they
read (lead and text, markup removed), paragraphs separated by a blank line.
"""

from __future__ import annotations

import datetime as dt

from workbench.core import markup
from workbench.core.drafting import GENERAL_TITLE_KEY
from workbench.core.model import Kind, Organisation, Position, Remiss, Response
from workbench.core.stances import Vocabulary
from workbench.document.compose import KIND_HEADER, in_flow_order

FORMAT = "remiss-workbench/yttrande-1"


def sidecar(
    response: Response,
    remiss: Remiss,
    organisation: Organisation,
    kind: Kind | str | None = None,
    today: dt.date | None = None,
) -> dict:
    kind = Kind(kind or response.kind)
    vocabulary = Vocabulary(organisation.stances)
    by_section: dict[int | None, list[Position]] = {}
    section_ids = {s.id for s in remiss.sections}
    for position in in_flow_order(response.positions):
        key = position.section_id if position.section_id in section_ids else None
        by_section.setdefault(key, []).append(position)

    def entry(number: str | None, title: str, positions: list[Position]) -> dict:
        items = []
        for position in positions:
            lead = vocabulary.position_lead(position, organisation.subject_phrase)
            items.append(
                {
                    "stance": position.stance,
                    "lead": lead.phrase,
                    "text": position.text,
                    "reads": _reads(lead.phrase, lead.default_tail, position.text),
                }
            )
        return {
            "number": number,
            "title": title,
            "stance": items[0]["stance"] if items else None,
            "stance_class": vocabulary.stance_class(items[0]["stance"]) if items else None,
            "text": "\n\n".join(item.pop("reads") for item in items),
            "positions": items,
        }

    sections = []
    if by_section.get(None):
        sections.append(entry(None, organisation.part_title(GENERAL_TITLE_KEY), by_section[None]))
    for section in remiss.sections:
        sections.append(entry(section.number, section.title, by_section.get(section.id, [])))
    return {
        "format": FORMAT,
        "remiss": {
            "title": remiss.title,
            "sender": remiss.sender,
            "sender_dnr": remiss.sender_dnr,
        },
        "organisation": organisation.name,
        "our_dnr": response.our_dnr,
        "kind": kind.value,
        "kind_label": KIND_HEADER[kind],
        "date": (response.date or today or dt.date.today()).isoformat(),
        "sections": sections,
    }


def _reads(lead: str, default_tail: str, text: str) -> str:
    """A position as it reads: lead and first paragraph as one sentence, markup removed."""
    pieces = [" ".join(markup.strip_markup(p).split()) for p in markup.paragraphs(text)]
    if lead:
        first = pieces[0] if pieces else (default_tail or ".")
        separator = "" if first.startswith((",", ".", ":", ";")) else " "
        pieces = [f"{lead}{separator}{first}", *pieces[1:]]
    return "\n\n".join(pieces)
