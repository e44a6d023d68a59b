"""What changed between two snapshots of a response, section by section.

Per section: positions added, removed, moved (to another section, or to another place among
the section's positions), stance changes as verbs ("tillstyrker → tillstyrker delvis") and
text changes word by word. Beside them: changed case details (our dnr, summary, …). The result
is plain dataclasses the TUI renders; `render_text` and `to_dict` are the CLI's renderings.
Positions are matched by id, which a restore keeps. Pure: no store, no UI.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from typing import Any

from workbench.core.drafting import GENERAL_HEADING
from workbench.core.model import KIND_LABELS, Kind, Section
from workbench.core.stances import FREE_TEXT, Vocabulary, verb_for
from workbench.review.snapshot import CASE_FIELDS, Snapshot, SnapshotPosition

EQUAL = "equal"
INSERT = "insert"
DELETE = "delete"

ADDED = "added"
REMOVED = "removed"
CHANGED = "changed"
MOVED = "moved"  # now here: from another section (`moved_from`) or another place in it
MOVED_OUT = "moved_out"  # was here, now in the section `moved_to`


CASE_FIELD_LABELS: dict[str, str] = {
    "kind": "Dokumenttyp",
    "title": "Rubrik",
    "subtitle": "Underrubrik",
    "our_dnr": "Vårt dnr",
    "officer": "Handläggare",
    "reviewer": "Granskare",
    "deciding_body": "Beslutande organ",
    "addressee": "Mottagare",
    "prepared_by": "Beredd av",
    "presenter": "Föredragande",
    "decided_by": "Beslutat av",
    "summary": "Sammanfattning",
    "case_description": "Beskrivning av ärendet",
    "background": "Bakgrund",
    "decision_intro": "Inledning till beslutet",
    "economic_consequences": "Ekonomiska konsekvenser",
    "legal_consequences": "Juridiska konsekvenser",
    "environmental_consequences": "Miljökonsekvenser",
    "closing": "Avslutning",
    "security_class": "Informationssäkerhetsklass",
    "date": "Datum",
    "meeting_date": "Sammanträdesdatum",
    "participants": "Deltagare",
    "decision_clauses": "Beslutssatser",
    "attachments": "Bilagor",
    "recipients": "Sändlista",
    "signatories": "Undertecknare",
    "section_headings": "Ställningstaganden under avsnittsrubriker",
}
_POSITION_FIELD_LABELS = {
    "in_summary": "I sammanfattningen",
    "summary_override": "Sammanfattningsrad",
}

# Unchanged words the text rendering keeps on each side of a change.
CONTEXT_WORDS = 8

# Words, runs of white space, single punctuation marks: "förslaget." changes by its full stop.
_TOKEN = re.compile(r"\w+|\s+|[^\w\s]")


@dataclass(frozen=True)
class Segment:
    """A run of text that is the same in both (`equal`), only new (`insert`) or only old."""

    op: str
    text: str


@dataclass
class FieldChange:
    """One changed value: a case detail, or a position's summary flag or summary line."""

    field: str
    label: str
    old: str
    new: str
    segments: list[Segment] = field(default_factory=list)  # type: ignore[operator]


@dataclass
class PositionChange:
    """What happened to one position, seen from one section."""

    kind: str  # ADDED, REMOVED, CHANGED, MOVED or MOVED_OUT
    old: SnapshotPosition | None
    new: SnapshotPosition | None
    verb: str  # the (new, else old) verb, to lead the text as the document does
    stance: tuple[str, str] | None = None  # (old verb, new verb) when the stance changed
    segments: list[Segment] = field(default_factory=list)  # the text, word by word
    fields: list[FieldChange] = field(default_factory=list)
    moved_from: str | None = None  # heading of the section it came from
    moved_to: str | None = None  # heading of the section it went to
    reordered: bool = False  # moved among this section's positions

    @property
    def position_id(self) -> int | None:
        return (self.new or self.old).id  # type: ignore[union-attr, unused-ignore]

    @property
    def text_changed(self) -> bool:
        return any(s.op != EQUAL for s in self.segments)


@dataclass
class SectionDiff:
    """The changes on one section; `section_id` None is the remiss as a whole."""

    section_id: int | None
    number: str | None
    heading: str
    changes: list[PositionChange] = field(default_factory=list)


@dataclass
class ResponseDiff:
    old_label: str
    new_label: str
    fields: list[FieldChange] = field(default_factory=list)
    sections: list[SectionDiff] = field(default_factory=list)
    old_number: int | None = None  # version numbers; None: the empty base / the current state
    new_number: int | None = None

    @property
    def changed(self) -> bool:
        return bool(self.fields or self.sections)

    @property
    def changed_section_ids(self) -> set[int | None]:
        return {s.section_id for s in self.sections}

    def for_section(self, section_id: int | None) -> SectionDiff | None:
        return next((s for s in self.sections if s.section_id == section_id), None)


def diff(
    old: Snapshot,
    new: Snapshot,
    sections: Iterable[Section],
    vocabulary: Vocabulary,
    old_label: str = "",
    new_label: str = "",
) -> ResponseDiff:
    """Compare two snapshots; `sections` (the remiss's, in order) give order and headings."""
    sections = list(sections)
    return ResponseDiff(
        old_label=old_label,
        new_label=new_label,
        fields=field_changes(old.fields, new.fields),
        sections=_section_diffs(old, new, sections, vocabulary),
    )


# Words


def word_diff(old: str, new: str) -> list[Segment]:
    """The text as segments: unchanged runs, and what was deleted before what was inserted."""
    if old == new:
        return [Segment(EQUAL, old)] if old else []
    a, b = _TOKEN.findall(old), _TOKEN.findall(new)
    start = 0
    while start < len(a) and start < len(b) and a[start] == b[start]:
        start += 1
    end = 0
    while end < len(a) - start and end < len(b) - start and a[-1 - end] == b[-1 - end]:
        end += 1
    raw: list[tuple[str, str]] = []
    if start:
        raw.append((EQUAL, "".join(a[:start])))
    middle_a, middle_b = a[start : len(a) - end], b[start : len(b) - end]
    # Spaces are junk to the matcher (no match starts on one, matches run through them):
    # as the commonest token they would make it slow and pair words by the spaces between.
    matcher = SequenceMatcher(str.isspace, middle_a, middle_b, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            raw.append((EQUAL, "".join(middle_a[i1:i2])))
            continue
        if i2 > i1:
            raw.append((DELETE, "".join(middle_a[i1:i2])))
        if j2 > j1:
            raw.append((INSERT, "".join(middle_b[j1:j2])))
    if end:
        raw.append((EQUAL, "".join(a[len(a) - end :])))
    return _tidy(raw)


def _tidy(raw: list[tuple[str, str]]) -> list[Segment]:
    """Join changes separated only by spaces into one deletion and one insertion.

    "[-a-]{+x+} [-b-]{+y+}" reads worse than "[-a b-]{+x y+}"; the reader wants phrases.
    """
    out: list[Segment] = []
    deleted: list[str] = []
    inserted: list[str] = []

    def flush() -> None:
        if deleted:
            out.append(Segment(DELETE, "".join(deleted)))
        if inserted:
            out.append(Segment(INSERT, "".join(inserted)))
        deleted.clear()
        inserted.clear()

    for index, (op, text) in enumerate(raw):
        between_changes = 0 < index < len(raw) - 1 and (deleted or inserted)
        if op == EQUAL and text.isspace() and between_changes:
            deleted.append(text)
            inserted.append(text)
        elif op == EQUAL:
            flush()
            out.append(Segment(EQUAL, text))
        elif op == DELETE:
            deleted.append(text)
        else:
            inserted.append(text)
    flush()
    return out


# Case details


def field_changes(old: dict[str, Any], new: dict[str, Any]) -> list[FieldChange]:
    changes = []
    for name in CASE_FIELDS:
        before, after = field_text(name, old.get(name)), field_text(name, new.get(name))
        if before != after:
            label = CASE_FIELD_LABELS.get(name, name)
            changes.append(FieldChange(name, label, before, after, word_diff(before, after)))
    return changes


def field_text(name: str, value: Any) -> str:
    """A case field as a reader sees it: lists one item a line, flags as ja/nej."""
    if value is None:
        return ""
    if name == "kind":
        try:
            return KIND_LABELS[Kind(value)]
        except ValueError:
            return str(value)
    if isinstance(value, bool):
        return "ja" if value else "nej"
    if isinstance(value, list):
        return "\n".join(
            ", ".join(p for p in (item["name"], item.get("title", "")) if p)
            if isinstance(item, dict)
            else str(item)
            for item in value
        )
    return str(value)


# Positions


def _section_diffs(
    old: Snapshot, new: Snapshot, sections: list[Section], vocabulary: Vocabulary
) -> list[SectionDiff]:
    old_by_id = {p.id: p for p in old.positions if p.id is not None}
    new_by_id = {p.id: p for p in new.positions if p.id is not None}
    old_in = _by_section(old.positions)
    new_in = _by_section(new.positions)
    known = {s.id: s for s in sections}
    numbers = {p.section_id: p.section for p in (*old.positions, *new.positions)}

    def heading(section_id: int | None) -> str:
        if section_id is None:
            return GENERAL_HEADING
        if section_id in known:
            return known[section_id].heading
        number = numbers.get(section_id)
        return f"{number or 'Avsnitt'} (finns inte längre i remissen)"

    result = []
    order = [None, *known, *sorted(k for k in {*old_in, *new_in} - {None} - set(known))]
    for section_id in order:
        before, after = old_in.get(section_id, []), new_in.get(section_id, [])
        if not before and not after:
            continue
        stayed = _kept_in_order(
            [p.id for p in before if p.id in new_by_id and _same_section(p, new_by_id)],
            [p.id for p in after if p.id in old_by_id and _same_section(p, old_by_id)],
        )
        changes = []
        for position in after:
            previous = old_by_id.get(position.id) if position.id is not None else None
            if previous is None:
                changes.append(_added(position, vocabulary))
                continue
            change = _compare(previous, position, vocabulary)
            if previous.section_id != section_id:
                change.kind = MOVED
                change.moved_from = heading(previous.section_id)
            elif position.id not in stayed:
                change.kind = MOVED
                change.reordered = True
            if change.kind != CHANGED or change.stance or change.text_changed or change.fields:
                changes.append(change)
        for position in before:
            now = new_by_id.get(position.id) if position.id is not None else None
            if now is None:
                changes.append(_removed(position, vocabulary))
            elif now.section_id != section_id:
                changes.append(
                    PositionChange(
                        MOVED_OUT,
                        position,
                        now,
                        _verb(vocabulary, now),
                        moved_to=heading(now.section_id),
                    )
                )
        if changes:
            number = known[section_id].number if section_id in known else numbers.get(section_id)
            result.append(SectionDiff(section_id, number, heading(section_id), changes))
    return result


def _by_section(positions: list[SnapshotPosition]) -> dict[int | None, list[SnapshotPosition]]:
    grouped: dict[int | None, list[SnapshotPosition]] = {}
    for position in positions:
        grouped.setdefault(position.section_id, []).append(position)
    return grouped


def _same_section(position: SnapshotPosition, other: dict[int, SnapshotPosition]) -> bool:
    return other[position.id].section_id == position.section_id  # type: ignore[index, unused-ignore]


def _kept_in_order(before: list, after: list) -> set:
    """The ids that keep their order (a longest common subsequence); the rest moved."""
    lengths = [[0] * (len(after) + 1) for _ in range(len(before) + 1)]
    for i in range(len(before) - 1, -1, -1):
        for j in range(len(after) - 1, -1, -1):
            if before[i] == after[j]:
                lengths[i][j] = lengths[i + 1][j + 1] + 1
            else:
                lengths[i][j] = max(lengths[i + 1][j], lengths[i][j + 1])
    kept, i, j = set(), 0, 0
    while i < len(before) and j < len(after):
        if before[i] == after[j]:
            kept.add(before[i])
            i, j = i + 1, j + 1
        elif lengths[i + 1][j] >= lengths[i][j + 1]:
            i += 1
        else:
            j += 1
    return kept


def _compare(old: SnapshotPosition, new: SnapshotPosition, vocabulary: Vocabulary):
    old_verb, new_verb = _verb(vocabulary, old), _verb(vocabulary, new)
    stance = None
    if (old.stance, old.verb_override) != (new.stance, new.verb_override):
        stance = (old_verb, new_verb)
    fields = []
    for name, label in _POSITION_FIELD_LABELS.items():
        before, after = getattr(old, name), getattr(new, name)
        if before != after:
            before_text, after_text = field_text(name, before), field_text(name, after)
            fields.append(
                FieldChange(
                    name, label, before_text, after_text, word_diff(before_text, after_text)
                )
            )
    segments = word_diff(old.text, new.text) if old.text != new.text else []
    return PositionChange(CHANGED, old, new, new_verb, stance, segments, fields)


def _added(position: SnapshotPosition, vocabulary: Vocabulary) -> PositionChange:
    segments = [Segment(INSERT, position.text)] if position.text else []
    return PositionChange(ADDED, None, position, _verb(vocabulary, position), segments=segments)


def _removed(position: SnapshotPosition, vocabulary: Vocabulary) -> PositionChange:
    segments = [Segment(DELETE, position.text)] if position.text else []
    return PositionChange(REMOVED, position, None, _verb(vocabulary, position), segments=segments)


def _verb(vocabulary: Vocabulary, position: SnapshotPosition) -> str:
    """The verb as the document writes it: the officer's own wording, else the vocabulary's."""
    if position.stance == FREE_TEXT and not position.verb_override.strip():
        stance = vocabulary.get(FREE_TEXT)
        return stance.display if stance else FREE_TEXT
    return verb_for(position, vocabulary)


# Renderings for the CLI


def segments_text(segments: Iterable[Segment], context: int | None = None) -> str:
    """Word changes inline, as wdiff writes them: [-borttaget-]{+tillagt+}.

    With `context`, unchanged runs keep that many words next to a change and "…" for the
    rest, so a one-word change in a long paragraph reads as one line.
    """
    segments = list(segments)
    parts = []
    for index, segment in enumerate(segments):
        if segment.op == DELETE:
            parts.append(f"[-{segment.text}-]")
        elif segment.op == INSERT:
            parts.append(f"{{+{segment.text}+}}")
        elif context is None:
            parts.append(segment.text)
        else:
            parts.append(_elide(segment.text, context, index > 0, index < len(segments) - 1))
    return "".join(parts)


def _elide(text: str, context: int, after_change: bool, before_change: bool) -> str:
    words = text.strip(" ").split(" ")
    head = words[:context] if after_change else []
    tail = words[-context:] if before_change else []
    if len(head) + len(tail) + 1 >= len(words):
        return text
    leading = text[: len(text) - len(text.lstrip(" "))]
    trailing = text[len(text.rstrip(" ")) :]
    left = leading + " ".join(head) + " " if head else ""
    right = " " + " ".join(tail) + trailing if tail else ""
    return f"{left}…{right}"


def render_text(result: ResponseDiff) -> str:
    """The diff as plain text, one block per section."""
    lines = [f"Ändringar från {result.old_label} till {result.new_label}"]
    if not result.changed:
        lines.append("Inga ändringar.")
        return "\n".join(lines) + "\n"
    if result.fields:
        lines += ["", "Ärendeuppgifter"]
        for change in result.fields:
            lines.append(_indent(f"{change.label}: {_field_change_text(change)}", "  "))
    for section in result.sections:
        lines += ["", section.heading]
        for change in section.changes:
            lines.append(_indent(_change_text(change), "  "))
    return "\n".join(lines) + "\n"


_KIND_TEXT = {
    ADDED: "nytt",
    REMOVED: "borttaget",
    CHANGED: "ändrat",
}


def _change_text(change: PositionChange) -> str:
    if change.kind == MOVED_OUT:
        return f"flyttat till {change.moved_to}: {change.verb} {_excerpt(change.old.text)}"
    if change.kind == MOVED:
        where = "inom avsnittet" if change.reordered else f"hit från {change.moved_from}"
        head = f"flyttat {where}"
    else:
        head = _KIND_TEXT[change.kind]
    verb = f"{change.stance[0]} → {change.stance[1]}" if change.stance else change.verb
    if change.text_changed:
        body = f"{verb} {segments_text(change.segments, CONTEXT_WORDS)}"
    else:
        body = f"{verb} {_excerpt(change.new.text)}"  # type: ignore[union-attr, unused-ignore]
    lines = [f"{head}: {body.rstrip()}"]
    for field_change in change.fields:
        lines.append(f"  {field_change.label}: {_field_change_text(field_change)}")
    return "\n".join(lines)


def _field_change_text(change: FieldChange) -> str:
    short = max(len(change.old), len(change.new)) <= 60
    if short and "\n" not in change.old + change.new:
        return f"{change.old or '–'} → {change.new or '–'}"
    return "\n" + segments_text(change.segments, CONTEXT_WORDS)


def _excerpt(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _indent(text: str, prefix: str) -> str:
    return "\n".join(prefix + line if line else line for line in text.split("\n"))


def to_dict(result: ResponseDiff) -> dict:
    """The `response diff --json` shape."""
    return {
        "old": {"version": result.old_number, "label": result.old_label},
        "new": {"version": result.new_number, "label": result.new_label},
        "changed": result.changed,
        "fields": [_field_dict(c) for c in result.fields],
        "sections": [
            {
                "section": s.number,
                "heading": s.heading,
                "changes": [_change_dict(c) for c in s.changes],
            }
            for s in result.sections
        ],
    }


def _field_dict(change: FieldChange) -> dict:
    return {
        "field": change.field,
        "label": change.label,
        "old": change.old,
        "new": change.new,
        "segments": [{"op": s.op, "text": s.text} for s in change.segments],
    }


def _change_dict(change: PositionChange) -> dict:
    return {
        "kind": change.kind,
        "position_id": change.position_id,
        "verb": change.verb,
        "stance": None
        if change.stance is None
        else {"old": change.stance[0], "new": change.stance[1]},
        "old_text": None if change.old is None else change.old.text,
        "new_text": None if change.new is None else change.new.text,
        "segments": [{"op": s.op, "text": s.text} for s in change.segments],
        "fields": [_field_dict(f) for f in change.fields],
        "moved_from": change.moved_from,
        "moved_to": change.moved_to,
        "reordered": change.reordered,
    }
