"""The domain: plain dataclasses that cross every module boundary.

Names follow the glossary in PRODUCT.md: a Remiss has Sections; an Organisation answers it
with a Response holding Positions. Dates are `datetime.date`, timestamps ISO strings (UTC).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import StrEnum


class Kind(StrEnum):
    """Document kinds a response can be exported as (PRODUCT.md, "Document kinds")."""

    REMISSVAR = "remissvar"
    YTTRANDE = "yttrande"
    TJANSTEUTLATANDE = "tjansteutlatande"
    BESLUT = "beslut"

    @property
    def label(self) -> str:
        return KIND_LABELS[self]


KIND_LABELS: dict[Kind, str] = {
    Kind.REMISSVAR: "Remissvar",
    Kind.YTTRANDE: "Yttrande",
    Kind.TJANSTEUTLATANDE: "Tjänsteutlåtande",
    Kind.BESLUT: "Beslut",
}


class Status(StrEnum):
    """Where a response is in its life; the allowed moves belong to the review issue."""

    UTKAST = "utkast"
    GRANSKNING = "granskning"
    ATERGIVEN = "atergiven"
    GODKAND = "godkand"
    BESLUTAD = "beslutad"
    SKICKAD = "skickad"

    @property
    def label(self) -> str:
        return STATUS_LABELS[self]


STATUS_LABELS: dict[Status, str] = {
    Status.UTKAST: "Utkast",
    Status.GRANSKNING: "För granskning",
    Status.ATERGIVEN: "Åter till handläggaren",
    Status.GODKAND: "Godkänd",
    Status.BESLUTAD: "Beslutad",
    Status.SKICKAD: "Skickad",
}


# The parts of the document kinds, with their usual headings. An organisation may word them
# its own way (`Organisation.part_titles`): a company writes "Bolagets analys och bedömning"
# where a municipality writes "Förvaltningens synpunkter".
PART_TITLES: dict[str, str] = {
    "sammanfattning": "Sammanfattning",
    "stallningstaganden": "Ställningstaganden",
    "overgripande": "Övergripande synpunkter",
    "forslag_till_beslut": "Förslag till beslut",
    "beskrivning": "Beskrivning av ärendet",
    "beredning": "Ärendets beredning",
    "synpunkter": "Förvaltningens synpunkter",
    "konsekvenser": "Ekonomiska och juridiska konsekvenser",
    "bilagor": "Bilagor",
    "sandlista": "Beslutet ska skickas till",
    "bakgrund": "Bakgrund",
    "overvaganden": "Överväganden",
    "ekonomi": "Ekonomiska konsekvenser",
    "miljo": "Miljökonsekvenser",
    "arendet": "Ärendet",
    "beslutsunderlag": "Beslutsunderlag",
}


@dataclass
class Section:
    """One numbered part of a remiss (`4.1`, `A`, `Bilaga 2`).

    The tree is the document order plus `level`: a section's parent is the nearest earlier
    section with a lower level. `parent` is that parent's number, filled in when read.
    """

    number: str
    title: str
    level: int = 1
    body: str = ""
    id: int | None = None
    remiss_id: int | None = None
    parent: str | None = None
    page: int | None = None  # the page of the remiss it starts on, when the reader knew it

    @property
    def heading(self) -> str:
        """The heading as the remiss writes it: `4.1 Titel`, `A. Titel`, or the bare title."""
        if not self.number:
            return self.title
        separator = ". " if self.number[-1:].isalpha() and len(self.number) <= 2 else " "
        return f"{self.number}{separator}{self.title}".strip()


@dataclass
class Remiss:
    """The referred document and its metadata."""

    title: str
    sender: str = ""
    sender_dnr: str = ""
    received: dt.date | None = None
    reply_by: dt.date | None = None
    source_name: str = ""
    source_sha256: str = ""
    sections: list[Section] = field(default_factory=list)
    id: int | None = None
    created_at: str = ""


@dataclass
class Signatory:
    name: str
    title: str = ""
    order: int = 0


@dataclass
class Stance:
    """A verb that opens a position, with its class (for, against, …)."""

    key: str
    verb: str
    stance_class: str
    label: str = ""

    @property
    def display(self) -> str:
        return self.label or self.verb or self.key


@dataclass
class Organisation:
    """The answering organisation (remissinstans) and its defaults."""

    name: str
    subject: str = ""
    city: str = ""
    deciding_body: str = ""
    default_kind: Kind = Kind.REMISSVAR
    security_class: str = ""
    part_titles: dict[str, str] = field(default_factory=dict)
    signatories: list[Signatory] = field(default_factory=list)
    stances: list[Stance] = field(default_factory=list)
    id: int | None = None

    @property
    def subject_phrase(self) -> str:
        return self.subject or self.name

    def part_title(self, key: str) -> str:
        """The heading of a document part as this organisation words it."""
        return self.part_titles.get(key) or PART_TITLES[key]


@dataclass
class Position:
    """A stance plus text, on one section (`section_id`) or on the remiss as a whole (None).

    A position of a received answer keeps its `lead` as the answer writes it, and how sure the
    import was of its stance and section; `needs_review` queues it for the officer.
    """

    stance: str
    text: str = ""
    section_id: int | None = None
    verb_override: str = ""
    in_summary: bool = False
    summary_override: str = ""
    order: int = 0
    id: int | None = None
    response_id: int | None = None
    created_at: str = ""
    updated_at: str = ""
    lead: str = ""
    stance_confidence: float | None = None
    section_confidence: float | None = None
    needs_review: bool = False
    review_note: str = ""
    placed_by: str = ""  # why a received answer's position is on its section ("cites § 6.4.3")


# Where a response comes from: written here (`own`), or another organisation's answer read
# into the store for a compilation (`received`; read-only in its words, status "skickad").
ORIGIN_OWN = "own"
ORIGIN_RECEIVED = "received"


@dataclass
class Response:
    """One organisation's answer to one remiss: the case, with all its data."""

    remiss_id: int
    organisation_id: int
    kind: Kind = Kind.REMISSVAR
    status: Status = Status.UTKAST
    title: str = ""
    subtitle: str = ""
    our_dnr: str = ""
    date: dt.date | None = None
    officer: str = ""
    reviewer: str = ""
    deciding_body: str = ""
    addressee: str = ""  # who the document is addressed to; empty: see compose.addressee_of
    meeting_date: dt.date | None = None
    prepared_by: str = ""
    presenter: str = ""
    decided_by: str = ""
    participants: list[str] = field(default_factory=list)
    summary: str = ""
    case_description: str = ""
    background: str = ""
    decision_intro: str = ""
    decision_clauses: list[str] = field(default_factory=list)
    economic_consequences: str = ""
    legal_consequences: str = ""
    environmental_consequences: str = ""
    closing: str = ""
    attachments: list[str] = field(default_factory=list)
    recipients: list[str] = field(default_factory=list)
    security_class: str = ""
    signatories: list[Signatory] | None = None
    section_headings: bool = True
    positions: list[Position] = field(default_factory=list)
    id: int | None = None
    created_at: str = ""
    updated_at: str = ""
    origin: str = ORIGIN_OWN

    @property
    def received(self) -> bool:
        return self.origin == ORIGIN_RECEIVED


# The case fields an officer edits as text, in the order the details screen shows them.
RESPONSE_TEXT_FIELDS: tuple[str, ...] = (
    "title",
    "subtitle",
    "our_dnr",
    "officer",
    "reviewer",
    "deciding_body",
    "addressee",
    "prepared_by",
    "presenter",
    "decided_by",
    "summary",
    "case_description",
    "background",
    "decision_intro",
    "economic_consequences",
    "legal_consequences",
    "environmental_consequences",
    "closing",
    "security_class",
)
RESPONSE_DATE_FIELDS: tuple[str, ...] = ("date", "meeting_date")
RESPONSE_LIST_FIELDS: tuple[str, ...] = (
    "participants",
    "decision_clauses",
    "attachments",
    "recipients",
)


@dataclass
class ResponseSummary:
    """One row of the cases list: a response with what the list shows about it."""

    id: int
    remiss_id: int
    remiss_title: str
    sender: str
    sender_dnr: str
    reply_by: dt.date | None
    organisation: str
    kind: Kind
    status: Status
    our_dnr: str
    answered: int
    total: int
    open_comments: int = 0
    updated_at: str = ""
    origin: str = ORIGIN_OWN

    @property
    def received(self) -> bool:
        return self.origin == ORIGIN_RECEIVED


@dataclass
class Comment:
    """A review comment on a response, a section or a position; replies point at `parent_id`."""

    response_id: int
    text: str
    author: str = ""
    section_id: int | None = None
    position_id: int | None = None
    parent_id: int | None = None
    resolved_at: str = ""
    resolved_by: str = ""
    id: int | None = None
    created_at: str = ""


@dataclass
class CommentThread:
    """A comment and its replies, in order; the thread is open until its first is resolved."""

    comment: Comment
    replies: list[Comment] = field(default_factory=list)

    @property
    def id(self) -> int | None:
        return self.comment.id

    @property
    def is_open(self) -> bool:
        return not self.comment.resolved_at

    @property
    def section_id(self) -> int | None:
        return self.comment.section_id


# Why a version was taken: on demand, at a status transition, or by restoring another one.
VERSION_CAUSES: tuple[str, ...] = ("manual", "transition", "restore")


@dataclass
class Version:
    """A snapshot of a whole response (JSON, see `workbench.review.snapshot`) at a transition, on
    demand or at a restore (`cause`); `status` is the response's status when it was taken."""

    response_id: int
    number: int
    label: str = ""
    author: str = ""
    status: str = ""
    snapshot: str = ""
    id: int | None = None
    created_at: str = ""
    cause: str = "manual"


@dataclass
class Event:
    """One line of the audit log: who did what to a response, and when."""

    action: str
    response_id: int | None = None
    actor: str = ""
    from_status: str = ""
    to_status: str = ""
    message: str = ""
    id: int | None = None
    at: str = ""


@dataclass
class AnswerImport:
    """Where a received answer came from and how it was read (`method`: "text" from its
    wording, "sidecar" from the export's JSON); the organisation as guessed, and whether the
    officer has confirmed it."""

    response_id: int
    source_name: str = ""
    source_sha256: str = ""
    method: str = "text"
    organisation_guess: str = ""
    organisation_confidence: float = 1.0
    organisation_confirmed: bool = True
    warnings: list[str] = field(default_factory=list)
    imported_at: str = ""
    # The paragraphs not taken as positions, each {"text", "reason"} (letterhead, signature …)
    skipped: list[dict] = field(default_factory=list)
    overall_stance: str = ""  # the answer's stance class as a whole, from its conclusion
    overall_basis: str = ""  # the sentence it was read from
    supplements: int | None = None  # the earlier answer of the organisation this completes
    flags: list[str] = field(default_factory=list)  # "placeholder", "tracked_changes" …


# AnswerImport.flags: the answer says it completes an earlier answer of its writer.
SUPPLEMENT_FLAG = "supplement"
# AnswerImport.flags: the officer has set the answer's stance as a whole, over the reading.
OVERALL_SET_FLAG = "overall_set"


@dataclass
class ReviewItem:
    """A position of a received answer that the import was unsure of, with its context."""

    position: Position
    response_id: int
    remiss_id: int
    organisation: str
    section_number: str | None = None
    section_title: str = ""
    source_name: str = ""


SEARCH_KINDS: tuple[str, ...] = ("position", "section")


@dataclass
class SearchHit:
    """One search result: a position of a response (`kind` "position") or a section of a
    remiss ("section"). For a section, the response's fields are empty (`response_id` None,
    `organisation`, `stance` and `status` empty) and `text` is the section's body.

    `snippet` is one line around the matches, each match between `[` and `]`; `matches` are the
    (start, end) offsets of the matched words in `text`, for highlighting the whole text.
    `score` is higher for a better match; `date` is the date the date filters look at: the
    response's date, else the day the position was last changed (for a section, the remiss's
    received date, else the day it was stored).
    """

    response_id: int | None
    organisation: str
    section: str | None  # the section's number; None for a position on the remiss as a whole
    stance: str
    text: str
    snippet: str
    position_id: int | None = None
    remiss_id: int | None = None
    kind: str = "position"
    section_id: int | None = None
    section_title: str = ""
    remiss_title: str = ""
    organisation_id: int | None = None
    verb_override: str = ""
    status: Status | None = None
    updated: dt.date | None = None
    date: dt.date | None = None
    score: float = 0.0
    matches: tuple[tuple[int, int], ...] = ()


def days_left(reply_by: dt.date | None, today: dt.date | None = None) -> int | None:
    """Days until the reply-by date; negative when it has passed."""
    if reply_by is None:
        return None
    return (reply_by - (today or dt.date.today())).days


def normalise_number(number: str) -> str:
    return number.strip().rstrip(".").strip().casefold()


def with_parents(sections: list[Section]) -> list[Section]:
    """Fill in each section's parent: the nearest earlier section of a lower level.

    Dotted numbers must agree: "1.2.2" is not a child of "1.1" even when it follows it (a
    remiss that lists only the sections answered skips "1.2"); it then has no parent.
    """
    stack: list[Section] = []
    for section in sections:
        while stack and stack[-1].level >= section.level:
            stack.pop()
        section.parent = None
        for candidate in reversed(stack):
            if _may_contain(candidate.number, section.number):
                section.parent = candidate.number
                break
        stack.append(section)
    return sections


def parent_indices(sections: Sequence[Section]) -> list[int | None]:
    """Each section's parent as its index in `sections` (None: none), by the rule of
    `with_parents`. By place, not number: a plan's unnumbered subheads all have "" and a
    number may repeat ("6.3" twice), so a number names no one section."""
    stack: list[int] = []
    parents: list[int | None] = []
    for index, section in enumerate(sections):
        while stack and sections[stack[-1]].level >= section.level:
            stack.pop()
        parents.append(
            next(
                (i for i in reversed(stack) if _may_contain(sections[i].number, section.number)),
                None,
            )
        )
        stack.append(index)
    return parents


def _may_contain(parent: str, child: str) -> bool:
    parent_parts, child_parts = _dotted(parent), _dotted(child)
    if parent_parts is None or child_parts is None:
        return True
    return child_parts[: len(parent_parts)] == parent_parts


def _dotted(number: str) -> list[str] | None:
    parts = number.strip().rstrip(".").split(".")
    return parts if all(part.isdigit() for part in parts) else None
