"""Fixing a remiss's outline, for both front ends: where a split section's new part starts,
what it is called and at which level it stands."""

from __future__ import annotations

from typing import TYPE_CHECKING

from workbench.core.drafting import level_for_number
from workbench.core.markup import paragraphs
from workbench.core.model import Section
from workbench.errors import InvalidInput

if TYPE_CHECKING:
    from workbench.store import Store


def split_section_at_paragraph(
    store: Store,
    section_id: int,
    at: int,
    number: str | None = None,
    title: str | None = None,
    level: int | None = None,
    heading_from_paragraph: bool | None = None,
) -> Section:
    """Cut a section before paragraph `at` (from 0); the rest becomes a new section after it.

    With neither `number` nor `title`, paragraph `at` is the missed heading itself ("3.2
    Titel"): it is read as the new section's number and title and taken out of the text.
    The new section's level is what its number says (`level_for_number`: "4.a" is 2), else
    the level of the section cut. Returns the new section.
    """
    from workbench.ingest.numbering import parse_heading

    section = store.get_section(section_id)
    if heading_from_paragraph is None:
        heading_from_paragraph = number is None and title is None
    if number is None and title is None:
        parts = paragraphs(section.body)
        if not 0 <= at < len(parts):
            raise InvalidInput(
                f"{section.heading} har {len(parts)} stycken; välj 0–{len(parts) - 1}."
            )
        text = " ".join(parts[at].split())
        number, title = parse_heading(text, marked=True) or ("", text)
    number, title = (number or "").strip(), (title or "").strip()
    if level is None:
        level = level_for_number(number, section.level)
    return store.split_section(
        section_id,
        at,
        number=number,
        title=title,
        level=level,
        heading_from_paragraph=heading_from_paragraph,
    )
