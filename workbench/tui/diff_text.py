"""How changes and versions read on screen, as rich Text (no widgets here): a section's diff
word by word, the changed case details, a whole diff, a version's text. Built from the plain
dataclasses of `workbench.review.diff` and `workbench.review.snapshot`."""

from __future__ import annotations

from collections.abc import Iterable

from rich.text import Text

from workbench.core.stances import Vocabulary, verb_for
from workbench.review.diff import (
    ADDED,
    DELETE,
    INSERT,
    MOVED,
    MOVED_OUT,
    REMOVED,
    FieldChange,
    PositionChange,
    ResponseDiff,
    SectionDiff,
    Segment,
)
from workbench.review.snapshot import Snapshot

INSERTED = "underline green"
DELETED = "strike red"
# What happened to a position, as the reviewer reads it: a sign and a word.
KIND_MARKS: dict[str, tuple[str, str, str]] = {
    ADDED: ("+", "nytt", "bold green"),
    REMOVED: ("−", "borttaget", "bold red"),
    MOVED: ("↕", "flyttat", "bold cyan"),
    MOVED_OUT: ("→", "flyttat härifrån", "bold cyan"),
}
CHANGED_MARK = ("~", "ändrat", "bold yellow")


def segments_text(segments: Iterable[Segment]) -> Text:
    """Word changes inline: inserted words underlined in green, deleted ones struck in red."""
    text = Text()
    for segment in segments:
        if segment.op == INSERT:
            text.append(segment.text, style=INSERTED)
        elif segment.op == DELETE:
            text.append(segment.text, style=DELETED)
        else:
            text.append(segment.text)
    return text


def change_text(change: PositionChange) -> Text:
    """One position's change: what happened, the verb (old → new), the text word by word."""
    sign, word, style = KIND_MARKS.get(change.kind, CHANGED_MARK)
    text = Text()
    text.append(f"{sign} {word}", style=style)
    if change.kind == MOVED:
        text.append(
            " inom avsnittet" if change.reordered else f" hit från {change.moved_from}",
            style=style,
        )
    elif change.kind == MOVED_OUT:
        text.append(f" till {change.moved_to}", style=style)
    text.append("  ")
    if change.stance:
        text.append(change.stance[0], style=DELETED)
        text.append(" → ")
        text.append(change.stance[1], style="bold " + INSERTED)
    else:
        text.append(change.verb, style="italic")
    shown = change.new if change.kind != MOVED_OUT else change.old
    if change.segments and change.kind != MOVED_OUT:
        text.append(" ")
        text.append_text(segments_text(change.segments))
    elif shown is not None and shown.text:
        text.append(" " + shown.text, style="dim" if change.kind == MOVED_OUT else "")
    for field_change in change.fields:
        text.append("\n    ")
        text.append_text(field_change_text(field_change))
    return text


def field_change_text(change: FieldChange) -> Text:
    """A changed value: short ones as "old → new", long ones word by word."""
    text = Text()
    text.append(f"{change.label}: ", style="bold")
    short = max(len(change.old), len(change.new)) <= 60 and "\n" not in change.old + change.new
    if short:
        text.append(change.old or "–", style=DELETED if change.old else "dim")
        text.append(" → ")
        text.append(change.new or "–", style=INSERTED if change.new else "dim")
    else:
        text.append("\n")
        text.append_text(segments_text(change.segments))
    return text


def section_diff_text(section_diff: SectionDiff | None, base_label: str) -> Text:
    """The changes on one section since `base_label`, or a line saying there are none."""
    text = Text()
    text.append(f"Ändringar sedan {base_label}", style="bold")
    if section_diff is None or not section_diff.changes:
        text.append("\nInga ändringar i avsnittet.", style="dim")
        return text
    for change in section_diff.changes:
        text.append("\n\n")
        text.append_text(change_text(change))
    return text


def fields_diff_text(fields: list[FieldChange], base_label: str) -> Text:
    """The changed case details (our dnr, summary, signatories …) since `base_label`."""
    text = Text()
    text.append(f"Ändrade ärendeuppgifter sedan {base_label}", style="bold")
    if not fields:
        text.append("\nInga.", style="dim")
        return text
    for change in fields:
        text.append("\n")
        text.append_text(field_change_text(change))
    return text


def response_diff_text(result: ResponseDiff) -> Text:
    """A whole diff, section after section: what the versions screen shows."""
    text = Text()
    text.append(f"Från {result.old_label}\ntill {result.new_label}", style="bold")
    if not result.changed:
        text.append("\n\nInga ändringar.", style="dim")
        return text
    if result.fields:
        text.append("\n\n")
        text.append("Ärendeuppgifter", style="bold underline")
        for change in result.fields:
            text.append("\n")
            text.append_text(field_change_text(change))
    for section in result.sections:
        text.append("\n\n")
        text.append(section.heading, style="bold underline")
        for change in section.changes:
            text.append("\n")
            text.append_text(change_text(change))
    return text


def snapshot_text(
    snapshot: Snapshot, headings: dict[int | None, str], vocabulary: Vocabulary
) -> Text:
    """A version's positions under their sections' headings, each led by its verb."""
    text = Text()
    if not snapshot.positions:
        text.append("Versionen har inga ställningstaganden.", style="dim")
    current: object = object()
    for position in snapshot.positions:
        if position.section_id != current:
            current = position.section_id
            if text:
                text.append("\n\n")
            heading = headings.get(position.section_id) or f"Avsnitt {position.section or '?'}"
            text.append(heading, style="bold underline")
        verb = verb_for(position, vocabulary)
        text.append("\n")
        text.append("Σ " if position.in_summary else "", style="cyan")
        if verb:
            text.append(verb, style="italic")
            text.append(" ")
        text.append(position.text)
    return text
