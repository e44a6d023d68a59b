"""The drafting rules of one response, apart from any screen or store.

`ResponseDraft` holds a response's positions by section (None: the remiss as a whole) and
answers what the workspace, Ärenden, the CLI and the export's check all ask: which sections are
answered (one definition, `unanswered_sections`), each section's mark, the next unanswered
section, what "inga synpunkter" does to a section, the order of a section's positions, the
stance of a new position, the lead an earlier position brings in, and how another writer's
edits are taken in. It also remembers what this process last saved of each position, so that a
conflict is only ever another writer's change.

Pure: no textual, no store.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum

from workbench.core.model import PART_TITLES, Position, Section, parent_indices
from workbench.core.stances import FREE_TEXT, NO_COMMENTS, Vocabulary

# The heading of the positions on the remiss as a whole, wherever it is shown without an
# organisation's own wording (Organisation.part_title("overgripande") gives that one).
GENERAL_TITLE_KEY = "overgripande"
GENERAL_HEADING = PART_TITLES[GENERAL_TITLE_KEY]

DEFAULT_STANCE = "anser"

# The fields of a position the officer edits and another writer may change meanwhile.
EDITED_FIELDS = ("stance", "text", "verb_override", "in_summary", "summary_override", "order")


class Mark(StrEnum):
    UNANSWERED = "unanswered"
    NO_COMMENTS = "no_comments"
    ANSWERED = "answered"
    COVERED = "covered"  # nothing of its own, but a subsection is answered


def level_for_number(number: str, default: int = 1) -> int:
    """The level a section number says: "4" is 1, "4.1.1" is 3, "4.a" is 2 (a lettered
    subsection of 4). A number that says nothing of depth ("A", "Bilaga 2") keeps `default`."""
    parts = number.strip().rstrip(".").split(".")
    if not parts[0].isdigit():
        return default
    if not all(part.isdigit() or (part.isalpha() and len(part) == 1) for part in parts):
        return default
    return min(9, len(parts))


# Coverage: the one definition of "answered"


def says_nothing(position: Position) -> bool:
    """No text, no verb or summary of its own, and a stance that does not read alone ("anser"
    or free text with nothing after it): such a position answers nothing (a stance like
    "tillstyrker" or "inga synpunkter" does, text or not)."""
    return (
        not position.text.strip()
        and not position.verb_override.strip()
        and not position.summary_override.strip()
        and position.stance in (DEFAULT_STANCE, FREE_TEXT)
    )


def unanswered_sections(
    positions: Iterable[Position], sections: Sequence[Section]
) -> list[Section]:
    """Sections with no position that says something (`says_nothing`), of their own nor on
    any subsection (a parent whose subsection is answered counts as answered: it is marked ◦
    and counted as done)."""
    answered_ids = {
        p.section_id for p in positions if p.section_id is not None and not says_nothing(p)
    }
    answered = {i for i, s in enumerate(sections) if s.id is not None and s.id in answered_ids}
    parents = parent_indices(sections)
    covered = set(answered)
    for index in answered:
        parent = parents[index]
        while parent is not None and parent not in covered:
            covered.add(parent)
            parent = parents[parent]
    return [s for i, s in enumerate(sections) if i not in covered]


@dataclass
class Coverage:
    total: int
    unanswered: list[Section] = field(default_factory=list)
    # Sections with no position of their own that a subsection's position covers.
    covered_ids: set[int] = field(default_factory=set)

    @property
    def done(self) -> int:
        return self.total - len(self.unanswered)


def coverage(positions: Sequence[Position], sections: Sequence[Section]) -> Coverage:
    """`positions`: all of one response's positions; `sections`: the remiss's outline."""
    unanswered = unanswered_sections(positions, sections)
    own = {p.section_id for p in positions if p.section_id is not None and not says_nothing(p)}
    missing = {s.id for s in unanswered}
    covered = {
        s.id for s in sections if s.id is not None and s.id not in own and s.id not in missing
    }
    return Coverage(len(sections), unanswered, covered)


def mark_for(positions: Iterable[Position], covered: bool = False) -> Mark:
    stances = [position.stance for position in positions if not says_nothing(position)]
    if not stances:
        return Mark.COVERED if covered else Mark.UNANSWERED
    if all(stance == NO_COMMENTS for stance in stances):
        return Mark.NO_COMMENTS
    return Mark.ANSWERED


def default_stance(vocabulary: Vocabulary) -> str:
    """The stance a new position starts with."""
    return DEFAULT_STANCE if DEFAULT_STANCE in vocabulary else FREE_TEXT


def is_blank(position: Position, vocabulary: Vocabulary) -> bool:
    """Nothing written and nothing chosen: what a new position is before the officer acts."""
    return (
        says_nothing(position)
        and not position.in_summary
        and position.stance == default_stance(vocabulary)
    )


class NoComments(StrEnum):
    """What "inga synpunkter" does to a section."""

    ALREADY = "already"  # the section is marked already
    REFUSED = "refused"  # it holds written positions
    CONVERT = "convert"  # its only, empty, position becomes the mark
    CREATE = "create"  # a new mark is stored


class ResponseDraft:
    """One response's positions by section, with the drafting rules over them.

    The methods that change the positions leave `coverage` and `marks` as they were: call
    `measure()` after them (it returns the marks that changed, for the screen to redraw).
    """

    def __init__(
        self,
        sections: Sequence[Section],
        positions: Iterable[Position],
        vocabulary: Vocabulary,
        response_id: int | None = None,
    ) -> None:
        self.sections = list(sections)
        self.vocabulary = vocabulary
        self.response_id = response_id
        self.by_section: dict[int | None, list[Position]] = {}
        self._saved: dict[tuple[int, str], object] = {}
        self._created: set[int] = set()  # stored by this process during this visit
        for position in positions:
            self.by_section.setdefault(position.section_id, []).append(position)
            self.remember(position)
        self.marks: dict[int | None, Mark] = {}
        self.coverage = Coverage(len(self.sections))
        self._answering: set[int] = set()  # stored positions that said something when measured
        self.measure()

    # Reading

    def positions(self, key: int | None) -> list[Position]:
        return self.by_section.get(key, [])

    def reading_order(self) -> list[Position]:
        """Every stored position as the response reads: general first, then by section."""
        out = [p for p in self.by_section.get(None, []) if p.id is not None]
        for section in self.sections:
            out.extend(p for p in self.by_section.get(section.id, []) if p.id is not None)
        return out

    def measure(self) -> dict[int | None, Mark]:
        """Coverage and each section's mark again; returns the marks that changed."""
        ordered = self.reading_order()
        self.coverage = coverage(ordered, self.sections)
        marks: dict[int | None, Mark] = {None: mark_for(self._stored(None))}
        for section in self.sections:
            marks[section.id] = mark_for(
                self._stored(section.id), section.id in self.coverage.covered_ids
            )
        changed = {key: mark for key, mark in marks.items() if self.marks.get(key) != mark}
        self.marks = marks
        self._answering = {p.id for p in ordered if p.id is not None and not says_nothing(p)}
        return changed

    def answering_changed(self, position: Position) -> bool:
        """Whether an edit made `position` start or stop saying something since the last
        `measure()` (its text emptied, or the first letter typed back): the marks and the
        count follow at once, not only when the officer moves on."""
        if position.id is None:
            return False
        return (position.id in self._answering) == says_nothing(position)

    def _stored(self, key: int | None) -> list[Position]:
        return [p for p in self.by_section.get(key, []) if p.id is not None]

    def is_unanswered(self, section_id: int | None) -> bool:
        return any(s.id == section_id for s in self.coverage.unanswered)

    def next_unanswered(self, keys: Sequence[int | None], start: int) -> int | None:
        """The index in `keys` (the sections in the order stepped through) of the first
        unanswered section from `start` on, wrapping round; None when all are answered."""
        missing = {s.id for s in self.coverage.unanswered}
        count = len(keys)
        for offset in range(count):
            index = (start + offset) % count
            key = keys[index]
            if key is not None and key in missing:
                return index
        return None

    # Writing

    def new_position(self, key: int | None) -> Position:
        """A fresh position for section `key`, not stored until the officer writes in it."""
        return Position(
            default_stance(self.vocabulary), section_id=key, response_id=self.response_id
        )

    def added(self, position: Position, stored: Position) -> None:
        """`position` (held by the screen) was stored as `stored`."""
        position.id, position.order = stored.id, stored.order
        position.updated_at = stored.updated_at
        self.by_section.setdefault(position.section_id, []).append(position)
        self.remember(position)
        if stored.id is not None:
            self._created.add(stored.id)

    def removed(self, position: Position) -> None:
        held = self.by_section.get(position.section_id, [])
        if position in held:
            held.remove(position)
        if position.id is not None:
            for name in EDITED_FIELDS:
                self._saved.pop((position.id, name), None)

    def should_store(self, position: Position) -> bool:
        """A new position is stored once the officer has put something in it."""
        return position.id is None and not is_blank(position, self.vocabulary)

    def should_remove(self, position: Position) -> bool:
        """A stored position the officer emptied again while it was new to this visit
        (typed a letter and took it back) goes away rather than staying as an empty one."""
        return position.id in self._created and is_blank(position, self.vocabulary)

    def remember(self, position: Position) -> None:
        """What the store holds of `position` now, as this process last saw or saved it."""
        if position.id is None:
            return
        for name in EDITED_FIELDS:
            self._saved[(position.id, name)] = getattr(position, name)

    def saved(self, position_id: int, field_name: str, value: object) -> None:
        self._saved[(position_id, field_name)] = value

    def last_saved(self, position_id: int, field_name: str) -> object:
        """The value this process last saved (or read) in a field; None if never."""
        return self._saved.get((position_id, field_name))

    def no_comments(self, key: int | None) -> NoComments:
        """What marking section `key` "inga synpunkter" does; CONVERT changes the held
        position's stance (the screen stores it), CREATE asks the screen to store a mark."""
        positions = self._stored(key)
        if any(p.stance == NO_COMMENTS for p in positions):
            return NoComments.ALREADY
        if any(p.text.strip() for p in positions):
            return NoComments.REFUSED
        if positions:
            positions[0].stance = NO_COMMENTS
            return NoComments.CONVERT
        return NoComments.CREATE

    def reorder(self, key: int | None, stored: Sequence[Position]) -> None:
        """Put the held positions of `key` in the store's order (`stored`, as read back
        after a move), keeping the held objects (an editor may hold one)."""
        rank = {p.id: (index, p.order) for index, p in enumerate(stored)}
        held = self.by_section.get(key, [])
        held.sort(key=lambda p: rank.get(p.id, (len(rank), 0))[0])
        for position in held:
            if position.id in rank:
                position.order = rank[position.id][1]
                self._saved[(position.id, "order")] = position.order

    def lead_of(self, stance: str, verb_override: str, theirs: Vocabulary) -> tuple[str, str]:
        """The stance and verb an earlier position (of an organisation whose vocabulary is
        `theirs`) takes here: its own stance when ours has it, else its verb written out on
        our default stance."""
        if stance in self.vocabulary:
            return stance, verb_override
        known = theirs.get(stance)
        verb = verb_override or (known.verb if known else "")
        return default_stance(self.vocabulary), verb

    @staticmethod
    def takes_lead(position: Position | None) -> bool:
        """Text taken in from an earlier position brings its stance and verb along only into
        a position with nothing written yet; written text keeps the lead it has."""
        return position is not None and not position.text.strip()

    @staticmethod
    def asks_before_delete(position: Position) -> bool:
        """Deleting a position with text asks first (the text cannot be had back); an empty
        one goes at once."""
        return bool(position.text.strip())

    def take_stored(self, key: int | None, stored: Sequence[Position]) -> bool:
        """Another process may have written section `key`: take the store's positions
        (`stored`), keeping the objects held here and bringing their fields up to date.
        Unsaved (new) positions stay at the end. Returns whether anything changed."""
        held = self.by_section.get(key, [])
        by_id = {p.id: p for p in held if p.id is not None}
        fresh: list[Position] = []
        changed = len(stored) != len(by_id)
        for position in stored:
            mine = by_id.get(position.id)
            if mine is None:
                fresh.append(position)
                self.remember(position)
                changed = True
                continue
            if mine.updated_at != position.updated_at:
                for name in EDITED_FIELDS:
                    if getattr(mine, name) != getattr(position, name):
                        setattr(mine, name, getattr(position, name))
                        changed = True
                mine.updated_at = position.updated_at
                self.remember(mine)
            fresh.append(mine)
        if changed:
            self.by_section[key] = fresh + [p for p in held if p.id is None]
        return changed
