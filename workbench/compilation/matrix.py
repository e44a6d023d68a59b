"""Many responses to one remiss → a compilation per section (remissammanställning).

Pure: data in, data out. For each section (and the remiss as a whole) it gives every
organisation's positions in its own words, one mark per organisation (the cell of the matrix),
the counts per mark, and how much the organisations disagree, to sort by.

Marks are the compilation's classes of stance: för (for), delvis (partly), emot (against),
synpunkter (comment, proposal and neutral remarks, and free text: a view without a verb of
stance), inga synpunkter (none: "har inga synpunkter", or nothing said on the section). One
organisation's positions on a section make one mark: support and opposition together are
partial; otherwise opposition, partial support, support, comments, in that order, speak for it.

Every received answer is a column of its own: an organisation's second answer is shown as its
komplettering beside the first, never in its place, and two answers are never one column. An
organisation's own response written here (the demo's cases) is a column when no answer of
that organisation was read in; else it is listed as set aside on its column
(`Column.superseded`), not dropped in silence. Each column carries its answer's overall
stance (`Column.overall`): the class the import read from its summary and conclusion, or for
a response written here the mark of its positions on the remiss as a whole.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from workbench.core import markup
from workbench.core.drafting import GENERAL_HEADING
from workbench.core.model import (
    SUPPLEMENT_FLAG,
    AnswerImport,
    Organisation,
    Position,
    Remiss,
    Response,
    Section,
)
from workbench.core.stances import (
    AGAINST,
    COMMENT,
    FOR,
    FREE_TEXT,
    NEUTRAL,
    NO_COMMENTS,
    NONE,
    PARTLY,
    PROPOSAL,
    Lead,
    Vocabulary,
    verb_for,
)

MARKS: tuple[str, ...] = (FOR, PARTLY, AGAINST, COMMENT, NONE)
MARK_LABELS: dict[str, str] = {
    FOR: "För",
    PARTLY: "Delvis",
    AGAINST: "Emot",
    COMMENT: "Synpunkter",
    NONE: "Inga synpunkter",
}
# One character per mark for the matrix; SILENT: no position on the section at all.
SILENT = ""
MARK_SYMBOLS: dict[str, str] = {
    FOR: "+",
    PARTLY: "±",
    AGAINST: "−",
    COMMENT: "•",
    NONE: "0",
    SILENT: "·",
}
# The counts of a section's row: each mark, and those that said nothing there.
COUNTED_MARKS: tuple[str, ...] = (*MARKS, SILENT)
GENERAL_TITLE = GENERAL_HEADING
_SCORE = {FOR: 1.0, PARTLY: 0.0, AGAINST: -1.0}


def mark_of(stance: str, stance_class: str) -> str:
    """The compilation's mark of a stance: its class, with comments, proposals and neutral
    remarks together, and free text (a view without a verb) as a comment."""
    if stance_class in (FOR, PARTLY, AGAINST):
        return stance_class
    if stance_class in (COMMENT, PROPOSAL, NEUTRAL):
        return COMMENT
    if stance == NO_COMMENTS:
        return NONE
    if stance == FREE_TEXT:
        return COMMENT
    return NONE


def overall_mark(stance_class: str) -> str:
    """The matrix mark of an answer's overall stance (a stance class; "" unknown)."""
    if not stance_class:
        return SILENT
    return mark_of("", stance_class) if stance_class != NONE else NONE


def cell_mark(marks: Iterable[str]) -> str:
    """One organisation's mark on a section from the marks of its positions there."""
    found = set(marks)
    if not found:
        return SILENT
    if FOR in found and AGAINST in found:
        return PARTLY
    for mark in (AGAINST, PARTLY, FOR, COMMENT, NONE):
        if mark in found:
            return mark
    return NONE


@dataclass
class CompiledPosition:
    """One position as the compilation shows it: `reads` is the organisation's own words."""

    organisation: str
    response_id: int | None
    position_id: int | None
    section: str | None  # the section's number; None for the remiss as a whole
    stance: str
    stance_label: str  # the verb as the lead has it, or the stance's label
    mark: str
    lead: str
    text: str
    needs_review: bool = False
    review_note: str = ""

    @property
    def reads(self) -> str:
        """Lead and text as one passage, markup removed."""
        paragraphs = [
            " ".join(markup.strip_markup(p).split()) for p in markup.paragraphs(self.text)
        ]
        if self.lead:
            first = paragraphs[0] if paragraphs else "."
            separator = "" if first.startswith((",", ".", ":", ";")) else " "
            paragraphs = [f"{self.lead}{separator}{first}", *paragraphs[1:]]
        return "\n\n".join(paragraphs)


@dataclass
class Column:
    """An answer of the matrix: its label (the organisation, and "komplettering" for its
    second answer), the response and its overall stance."""

    organisation: str  # the column's label, unique in the compilation
    response_id: int | None
    received: bool
    kind: str = ""
    date: str = ""
    superseded: list[int] = field(default_factory=list)  # its own drafts set aside
    overall: str = ""  # a stance class for the answer as a whole ("" unknown)
    overall_basis: str = ""  # the passage it was read from
    organisation_name: str = ""  # the organisation itself
    supplements: int | None = None  # the answer this one completes (komplettering)
    source_name: str = ""
    sender_confirmed: bool = True  # False: the organisation is the import's guess, unconfirmed


@dataclass
class Cell:
    organisation: str
    positions: list[CompiledPosition]
    mark: str


@dataclass
class SectionRow:
    """One row of the matrix: a section (None: the remiss as a whole) and what was said."""

    section: Section | None
    cells: dict[str, Cell]
    counts: dict[str, int]
    disagreement: float

    @property
    def number(self) -> str | None:
        return self.section.number if self.section else None

    @property
    def heading(self) -> str:
        return self.section.heading if self.section else GENERAL_TITLE

    @property
    def answered(self) -> int:
        """How many organisations said something here (any position)."""
        return len(self.cells)

    def mark(self, organisation: str) -> str:
        cell = self.cells.get(organisation)
        return cell.mark if cell else SILENT

    def positions(self) -> list[CompiledPosition]:
        return [p for cell in self.cells.values() for p in cell.positions]


@dataclass
class Compilation:
    remiss: Remiss
    columns: list[Column]
    rows: list[SectionRow]

    @property
    def organisations(self) -> list[str]:
        """The columns' labels: an organisation, or its komplettering."""
        return [c.organisation for c in self.columns]

    @property
    def answering_organisations(self) -> list[str]:
        """The organisations that answered, each once (a komplettering is no other one)."""
        return list(dict.fromkeys(c.organisation_name or c.organisation for c in self.columns))

    @property
    def positions(self) -> list[CompiledPosition]:
        return [p for row in self.rows for p in row.positions()]

    @property
    def review_count(self) -> int:
        return sum(1 for p in self.positions if p.needs_review)

    @property
    def unconfirmed_senders(self) -> list[Column]:
        """The answers filed under a guessed organisation the officer has not confirmed."""
        return [c for c in self.columns if not c.sender_confirmed]

    def row(self, number: str | None) -> SectionRow | None:
        return next((r for r in self.rows if r.number == number), None)

    def by_disagreement(self) -> list[SectionRow]:
        """The rows where the organisations disagree most first; then those with the most
        opposition, then the most comments; ties in the remiss's order."""
        order = {id(row): i for i, row in enumerate(self.rows)}
        return sorted(
            self.rows,
            key=lambda r: (-r.disagreement, -r.counts[AGAINST], -r.counts[COMMENT], order[id(r)]),
        )

    def filtered(
        self,
        marks: Iterable[str] | None = None,
        organisations: Iterable[str] | None = None,
        silent: bool = True,
    ) -> Compilation:
        """The compilation with only these organisations' columns, and only the cells with
        these marks (a row keeps its counts; rows left without a cell are dropped). Without
        `silent`, the sections no answer speaks to are dropped too."""
        wanted_marks = set(marks) if marks is not None else None
        wanted = set(organisations) if organisations is not None else None
        columns = [c for c in self.columns if wanted is None or c.organisation in wanted]
        names = {c.organisation for c in columns}
        rows = []
        for row in self.rows:
            cells = {
                name: cell
                for name, cell in row.cells.items()
                if name in names and (wanted_marks is None or cell.mark in wanted_marks)
            }
            if cells or (silent and wanted_marks is None and wanted is None):
                rows.append(SectionRow(row.section, cells, row.counts, row.disagreement))
        return Compilation(self.remiss, columns, rows)


def compile_responses(
    remiss: Remiss,
    answers: Iterable[tuple[Response, Organisation]],
    imports: Mapping[int, AnswerImport] | None = None,
) -> Compilation:
    """The compilation of the answers to `remiss` (responses with their organisations);
    `imports`: how each received answer was read, by response id (its overall stance)."""
    chosen = _columns(answers, imports or {})
    columns = [column for column, _, _ in chosen]
    sections = {s.id: s for s in remiss.sections if s.id is not None}
    by_section: dict[int | None, dict[str, list[CompiledPosition]]] = {}
    for column, response, organisation in chosen:
        vocabulary = Vocabulary(organisation.stances)
        subject = organisation.subject_phrase
        for position in _in_order(response.positions):
            section = sections.get(position.section_id) if position.section_id else None
            key = section.id if section else None
            compiled = _compiled(
                column.organisation, response, position, section, vocabulary, subject
            )
            by_section.setdefault(key, {}).setdefault(column.organisation, []).append(compiled)
    names = [c.organisation for c in columns]
    rows = []
    if by_section.get(None):
        rows.append(_row(None, by_section[None], names))
    for section in remiss.sections:
        rows.append(_row(section, by_section.get(section.id, {}), names))
    return Compilation(remiss, columns, rows)


def disagreement(marks: Iterable[str]) -> float:
    """0 when everyone who took a stance took the same one, 1 when they split evenly between
    for and against: the variance of the stances scored for +1, partly 0, against −1."""
    scores = [_SCORE[m] for m in marks if m in _SCORE]
    if len(scores) < 2:
        return 0.0
    mean = sum(scores) / len(scores)
    return round(sum(s * s for s in scores) / len(scores) - mean * mean, 4)


def _row(section: Section | None, cells: dict[str, list[CompiledPosition]], names: list[str]):
    built = {
        name: Cell(name, positions, cell_mark(p.mark for p in positions))
        for name, positions in cells.items()
    }
    # "·" (nothing said on the section) is counted apart from "0" (inga synpunkter).
    counts = dict.fromkeys(COUNTED_MARKS, 0)
    for name in names:
        counts[built[name].mark if name in built else SILENT] += 1
    ordered = {name: built[name] for name in names if name in built}
    return SectionRow(section, ordered, counts, disagreement(c.mark for c in built.values()))


def _compiled(name, response, position: Position, section, vocabulary: Vocabulary, subject):
    stance = vocabulary.get(position.stance)
    stance_class = stance.stance_class if stance else NONE
    # A received answer is quoted in its own words: its lead as written, or none; a lead
    # formed from the detected stance would put words in its mouth.
    own_words = Lead(position.lead) if response.received else None
    lead = own_words or vocabulary.position_lead(position, subject)
    label = verb_for(position, vocabulary) or (stance.display if stance else position.stance)
    return CompiledPosition(
        organisation=name,
        response_id=response.id,
        position_id=position.id,
        section=section.number if section else None,
        stance=position.stance,
        stance_label=label,
        mark=mark_of(position.stance, stance_class),
        lead=lead.phrase,
        text=position.text or (lead.default_tail if lead.phrase else ""),
        needs_review=position.needs_review,
        review_note=position.review_note,
    )


def _in_order(positions: list[Position]) -> list[Position]:
    return sorted(positions, key=lambda p: (p.order, p.id or 0))


def _columns(answers, imports: Mapping[int, AnswerImport]):
    """(Column, response, organisation) per answer: every received answer, in the order of
    organisation and arrival, save that one which says it completes an earlier answer comes
    after the others (a folder read in by name puts "komplettering-…" before "samrad-…"); an
    organisation's own responses only where none was received (its newest), the others set
    aside on its column."""
    grouped: dict[str, list[tuple[Response, Organisation]]] = {}
    for response, organisation in answers:
        grouped.setdefault(organisation.name, []).append((response, organisation))
    chosen = []
    for name in sorted(grouped, key=str.casefold):
        pairs = sorted(grouped[name], key=lambda pair: pair[0].id or 0)
        received = sorted(
            (pair for pair in pairs if pair[0].received),
            key=lambda pair: _completes_another(pair[0], imports),
        )
        own = [pair for pair in pairs if not pair[0].received]
        shown = received or own[-1:]
        aside = [r.id for r, _ in (own if received else own[:-1]) if r.id is not None]
        for index, (response, organisation) in enumerate(shown):
            record = imports.get(response.id) if response.id is not None else None
            label = name if index == 0 else f"{name} (komplettering {index})"
            overall, basis = _overall(response, organisation, record)
            column = Column(
                organisation=label,
                response_id=response.id,
                received=response.received,
                kind=response.kind.value,
                date=response.date.isoformat() if response.date else "",
                superseded=aside if index == 0 else [],
                overall=overall,
                overall_basis=basis,
                organisation_name=name,
                supplements=shown[0][0].id if index else None,
                source_name=record.source_name if record else "",
                sender_confirmed=record.organisation_confirmed if record else True,
            )
            chosen.append((column, response, organisation))
    return chosen


def _completes_another(response: Response, imports: Mapping[int, AnswerImport]) -> bool:
    record = imports.get(response.id) if response.id is not None else None
    return record is not None and SUPPLEMENT_FLAG in record.flags


def _overall(response: Response, organisation: Organisation, record) -> tuple[str, str]:
    if record is not None and record.overall_stance:
        return record.overall_stance, record.overall_basis
    vocabulary = Vocabulary(organisation.stances)
    marks = []
    for position in response.positions:
        if position.section_id is None:
            stance = vocabulary.get(position.stance)
            marks.append(mark_of(position.stance, stance.stance_class if stance else NONE))
    mark = cell_mark(marks)
    return (mark, "") if mark != SILENT else ("", "")
