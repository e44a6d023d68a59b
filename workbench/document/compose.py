"""Response → Document: the ordered blocks of one document kind, before any file format.

Pure: data in, data out. The renderers (workbench.document) turn a Document into .docx or
Markdown; the TUI's live preview renders it as Markdown on every change, so this stays cheap.

The parts of each kind and their order follow PRODUCT.md ("Document kinds") and the seeds:
remissvar (seed 001), yttrande and beslut (seed 004), tjänsteutlåtande (seeds 000, 003).
Part headings are worded by the organisation (`Organisation.part_title`); an empty optional
part is left out, never printed empty.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from workbench.core import markup
from workbench.core.drafting import GENERAL_TITLE_KEY, unanswered_sections
from workbench.core.model import (
    Kind,
    Organisation,
    Position,
    Remiss,
    Response,
    Section,
    Signatory,
)
from workbench.core.stances import Vocabulary

# Heading levels: the document title, a part ("Sammanfattning"), a section of the remiss
# under a part ("4.1 Titel"), and a subheading typed in a text ("## …") one level below.
TITLE, PART, SECTION = 1, 2, 3
MAX_LEVEL = 4

# Kinds whose lead phrases are set in italics. Seed 001 (remissvar) italicises every lead so
# the reader can scan the stances; the prose kinds (seeds 000, 003 and 004) set the subject
# and verb as plain text. The templates carry the same choice in their lead character style.
ITALIC_LEAD_KINDS = frozenset({Kind.REMISSVAR})

KIND_HEADER: dict[Kind, str] = {
    Kind.REMISSVAR: "REMISSVAR",
    Kind.YTTRANDE: "YTTRANDE",
    Kind.TJANSTEUTLATANDE: "TJÄNSTEUTLÅTANDE",
    Kind.BESLUT: "BESLUT",
}

_NO_SPACE_BEFORE = tuple(",.;:!?)")


@dataclass(frozen=True)
class Run:
    """A piece of text: `italic` is emphasis the officer typed, `lead` a stance lead."""

    text: str
    italic: bool = False
    lead: bool = False


@dataclass
class Heading:
    text: str
    level: int


@dataclass
class Paragraph:
    """A paragraph; `role` says what it is: body, position, summary, addressee, reference,
    subtitle or closing (the renderers pick a style by it)."""

    runs: list[Run]
    role: str = "body"

    @property
    def text(self) -> str:
        return "".join(run.text for run in self.runs)


@dataclass
class ListBlock:
    items: list[list[Run]]
    numbered: bool = False


@dataclass
class Signatures:
    signatories: list[Signatory]


@dataclass
class Table:
    """A table of plain text cells; the first row is the header when `header`. `align` gives
    each column's alignment ("left", "right", "center"); `widths` their relative widths."""

    rows: list[list[str]]
    header: bool = True
    align: list[str] = field(default_factory=list)
    widths: list[int] = field(default_factory=list)


Block = Heading | Paragraph | ListBlock | Signatures | Table


@dataclass
class Header:
    """What the page header shows on every page (besides the page number)."""

    organisation: str
    kind: str
    date: str
    dnr: str = ""
    security_class: str = ""


@dataclass
class Document:
    kind: Kind
    title: str
    header: Header
    blocks: list[Block] = field(default_factory=list)
    italic_leads: bool = False
    language: str = "sv-SE"
    remiss_title: str = ""
    sender: str = ""
    sender_dnr: str = ""

    @property
    def author(self) -> str:
        return self.header.organisation


def compose(
    response: Response,
    remiss: Remiss,
    organisation: Organisation,
    kind: Kind | str | None = None,
    today: dt.date | None = None,
) -> Document:
    """The document of one kind (default: the response's own) for a response."""
    kind = Kind(kind or response.kind)
    composer = _Composer(response, remiss, organisation, kind)
    date = response.date or today or dt.date.today()
    document = Document(
        kind=kind,
        title=document_title(response, remiss, kind),
        header=Header(
            organisation=organisation.name,
            kind=KIND_HEADER[kind],
            date=date.isoformat(),
            dnr=response.our_dnr,
            security_class=response.security_class,
        ),
        italic_leads=kind in ITALIC_LEAD_KINDS,
        remiss_title=remiss.title,
        sender=remiss.sender,
        sender_dnr=remiss.sender_dnr,
    )
    document.blocks = composer.blocks()
    return document


def document_title(response: Response, remiss: Remiss, kind: Kind) -> str:
    """The response's own title, or the usual title of the kind over the remiss's title."""
    if response.title:
        return response.title
    if kind == Kind.REMISSVAR:
        return remiss.title
    if kind == Kind.TJANSTEUTLATANDE:
        sender = f" från {remiss.sender}" if remiss.sender else ""
        return f"{remiss.title} – svar på remiss{sender}"
    return f"Yttrande över remiss {remiss.title}"


def signatories_of(response: Response, organisation: Organisation) -> list[Signatory]:
    chosen = response.signatories if response.signatories is not None else organisation.signatories
    return sorted(chosen, key=lambda s: s.order)


def deciding_body_of(response: Response, organisation: Organisation) -> str:
    return response.deciding_body or organisation.deciding_body


def addressee_of(response: Response, remiss: Remiss, organisation: Organisation, kind: Kind) -> str:
    """Who the address line names: the recipient the officer wrote, else the remiss's sender
    (a remissvar goes back to it) or the deciding body (a yttrande, a tjänsteutlåtande is put
    before it); a beslut has no address line."""
    if kind == Kind.BESLUT:
        return ""
    if response.addressee.strip():
        return " ".join(response.addressee.split())
    if kind == Kind.REMISSVAR:
        return remiss.sender
    return deciding_body_of(response, organisation)


def closing_lines(response: Response, organisation: Organisation, kind: Kind) -> list[str]:
    """The lines before the signatures (after everything in a tjänsteutlåtande).

    A beslut speaks only of who decided; a tjänsteutlåtande (a proposal, nothing decided yet)
    only prints a closing the officer wrote ("SLUT" in seed 000). The letters use the
    officer's closing, else who decided, else "<ort> som ovan" (remissvar, seed 001) or
    "Enligt uppdrag" (yttrande, seed 004).
    """
    roles = role_sentences(response)
    if kind == Kind.BESLUT:
        return [roles] if roles else []
    written = markup.paragraphs(response.closing)
    if kind == Kind.TJANSTEUTLATANDE:
        return written
    if written:
        return written
    if roles:
        return [roles]
    if kind == Kind.REMISSVAR:
        # "<ort> som ovan": place and date as above. With no ort there is nothing to say it
        # with (the organisation's name is no place); the checks name the missing ort.
        city = organisation.city.strip()
        return [f"{city} som ovan"] if city else []
    return ["Enligt uppdrag"]


def lacks_place(response: Response, organisation: Organisation, kind: Kind | None = None) -> bool:
    """The closing would say "<ort> som ovan" but the organisation has no ort."""
    kind = Kind(kind or response.kind)
    return (
        kind == Kind.REMISSVAR
        and not markup.paragraphs(response.closing)
        and not role_sentences(response)
        and not organisation.city.strip()
    )


def role_sentences(response: Response) -> str:
    """ "Beslut i detta ärende har fattats av … I den slutliga handläggningen har även …
    deltagit. Föredragande har varit …", each sentence only when its role is set."""
    sentences = []
    if response.decided_by.strip():
        sentences.append(f"Beslut i detta ärende har fattats av {_bare(response.decided_by)}.")
    participants = [p.strip() for p in response.participants if p.strip()]
    if participants:
        sentences.append(
            f"I den slutliga handläggningen har även {join_names(participants)} deltagit."
        )
    if response.presenter.strip():
        sentences.append(f"Föredragande har varit {_bare(response.presenter)}.")
    return " ".join(sentences)


def join_names(names: list[str]) -> str:
    """ "A", "A och B", "A, B och C"."""
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " och " + names[-1]


def _bare(text: str) -> str:
    return text.strip().rstrip(".")


class _Composer:
    """Builds the block list of one kind; each part method returns its blocks (maybe none)."""

    def __init__(
        self, response: Response, remiss: Remiss, organisation: Organisation, kind: Kind
    ) -> None:
        self.response = response
        self.remiss = remiss
        self.organisation = organisation
        self.kind = kind
        self.vocabulary = Vocabulary(organisation.stances)
        self.subject = organisation.subject_phrase
        self.sections: dict[int, Section] = {s.id: s for s in remiss.sections if s.id is not None}

    def blocks(self) -> list[Block]:
        response, kind = self.response, self.kind
        out: list[Block] = []
        to = addressee_of(response, self.remiss, self.organisation, kind)
        if kind == Kind.REMISSVAR:
            if to:
                out.append(Paragraph([Run(f"Till {to}")], "addressee"))
            if self.remiss.sender_dnr:
                out.append(Paragraph([Run(f"Ert Dnr: {self.remiss.sender_dnr}")], "reference"))
        elif to:
            out.append(Paragraph([Run(to)], "addressee"))
        out.append(Heading(document_title(response, self.remiss, kind), TITLE))
        if response.subtitle:
            out.append(Paragraph(_runs(response.subtitle), "subtitle"))
        for part in self._parts():
            out.extend(part)
        return out

    def _parts(self) -> list[list[Block]]:
        r, kind = self.response, self.kind
        if kind == Kind.REMISSVAR:
            return [
                self.part("sammanfattning", self.summary()),
                self.part("stallningstaganden", self.positions()),
                self.closing_and_signatures(),
            ]
        if kind == Kind.YTTRANDE:
            return [
                self.part("bakgrund", self.text(r.background)),
                self.part("overvaganden", self.positions()),
                self.part("ekonomi", self.text(r.economic_consequences)),
                self.part("miljo", self.text(r.environmental_consequences)),
                self.closing_and_signatures(),
            ]
        if kind == Kind.TJANSTEUTLATANDE:
            consequences = [*self.text(r.economic_consequences), *self.text(r.legal_consequences)]
            return [
                self.part("forslag_till_beslut", self.decision()),
                self.part("sammanfattning", self.summary()),
                self.part("beskrivning", self.text(r.case_description)),
                self.part("beredning", self.prepared()),
                self.part("synpunkter", self.positions()),
                self.part("konsekvenser", consequences),
                self.signatures(),
                self.part("bilagor", self.lines(r.attachments)),
                self.part("sandlista", self.lines(r.recipients)),
                self.closing(),
            ]
        return [  # beslut
            self.part("arendet", self.text(r.case_description)),
            self.part("beslutsunderlag", self.numbered(r.attachments)),
            self.part("forslag_till_beslut", self.decision()),
            self.closing_and_signatures(),
        ]

    # Parts

    def part(self, key: str, blocks: list[Block]) -> list[Block]:
        if not blocks:
            return []
        return [Heading(self.organisation.part_title(key), PART), *blocks]

    def text(self, text: str, level: int = PART + 1) -> list[Block]:
        return _text_blocks(markup.parse(text), level)

    def lines(self, items: list[str]) -> list[Block]:
        return [Paragraph(_runs(item)) for item in items if item.strip()]

    def numbered(self, items: list[str]) -> list[Block]:
        kept = [_runs(item) for item in items if item.strip()]
        return [ListBlock(kept, numbered=True)] if kept else []

    def prepared(self) -> list[Block]:
        by = _bare(self.response.prepared_by)
        return [Paragraph([Run(f"Ärendet har beretts av {by}.")])] if by else []

    def decision(self) -> list[Block]:
        """The intro line, then the clauses: "att …" clauses as a bullet list (seed 004),
        others as paragraphs (seeds 000, 003)."""
        out: list[Block] = list(self.text(self.response.decision_intro))
        for clause in self.response.decision_clauses:
            clause = clause.strip()
            if not clause:
                continue
            if clause.casefold().startswith("att "):
                if out and isinstance(out[-1], ListBlock) and not out[-1].numbered:
                    out[-1].items.append(_runs(clause))
                else:
                    out.append(ListBlock([_runs(clause)]))
            else:
                out.append(Paragraph(_runs(clause)))
        return out

    def summary(self) -> list[Block]:
        """The summary text, then one line per position marked for the summary."""
        out = self.text(self.response.summary)
        for position in self._ordered_positions():
            if position.in_summary:
                out.append(Paragraph(self.summary_runs(position), "summary"))
        return out

    def summary_runs(self, position: Position) -> list[Run]:
        if position.summary_override.strip():
            return _runs(position.summary_override.strip())
        lead = self._lead(position)
        sentence = markup.first_sentence(position.text)
        if not lead.phrase:
            return [Run(sentence)]
        tail = sentence or lead.default_tail or "."
        return [Run(_join_lead(lead.phrase, tail))]

    def positions(self) -> list[Block]:
        """The positions: as prose in the officer's order, or under the remiss's headings,
        the general ones first in every kind (what a reader must see first)."""
        if not self.response.section_headings:
            return self._flow(self._ordered_positions(), PART + 1)
        by_section: dict[int | None, list[Position]] = {}
        for position in in_flow_order(self.response.positions):
            key = position.section_id if position.section_id in self.sections else None
            by_section.setdefault(key, []).append(position)
        general: list[Block] = []
        if by_section.get(None):
            general = [
                Heading(self.organisation.part_title(GENERAL_TITLE_KEY), SECTION),
                *self._flow(by_section[None], SECTION + 1),
            ]
        out: list[Block] = list(general)
        for section in self.remiss.sections:
            positions = by_section.get(section.id)
            if positions:
                out.append(Heading(section.heading, SECTION))
                out.extend(self._flow(positions, SECTION + 1))
        return out

    def closing_and_signatures(self) -> list[Block]:
        return [*self.closing(), *self.signatures()]

    def closing(self) -> list[Block]:
        lines = closing_lines(self.response, self.organisation, self.kind)
        return [Paragraph(_runs(line), "closing") for line in lines]

    def signatures(self) -> list[Block]:
        signatories = signatories_of(self.response, self.organisation)
        return [Signatures(signatories)] if signatories else []

    # Positions

    def _ordered_positions(self) -> list[Position]:
        """In the order the document prints them: by section, or the officer's flow."""
        positions = in_flow_order(self.response.positions)
        if not self.response.section_headings:
            return positions
        rank = {s.id: i for i, s in enumerate(self.remiss.sections)}
        return sorted(positions, key=lambda p: rank.get(p.section_id, -1))

    def _flow(self, positions: list[Position], sub_level: int) -> list[Block]:
        """Positions one after another; bullet positions in a row make one list."""
        out: list[Block] = []
        for position in positions:
            for block in self._position_blocks(position, sub_level):
                previous = out[-1] if out else None
                if (
                    isinstance(block, ListBlock)
                    and isinstance(previous, ListBlock)
                    and previous.numbered == block.numbered
                ):
                    previous.items.extend(block.items)
                else:
                    out.append(block)
        return out

    def _lead(self, position: Position):
        return self.vocabulary.position_lead(position, self.subject)

    def _position_blocks(self, position: Position, sub_level: int) -> list[Block]:
        blocks = _text_blocks(markup.parse(position.text), sub_level)
        lead = self._lead(position)
        if not lead.phrase:
            return blocks
        lead_run = Run(lead.phrase, lead=True)
        if blocks and isinstance(blocks[0], Paragraph):
            first = blocks[0]
            separator = "" if first.text.startswith(_NO_SPACE_BEFORE) else " "
            return [Paragraph([lead_run, Run(separator), *first.runs], "position"), *blocks[1:]]
        if lead.default_tail and not blocks:
            ending = " " + lead.default_tail
        else:
            ending = ":" if blocks else "."
        return [Paragraph([lead_run, Run(ending)], "position"), *blocks]


def in_flow_order(positions: list[Position]) -> list[Position]:
    """Positions in the response-wide order the officer gave them (`Position.order`)."""
    return sorted(positions, key=lambda p: (p.order, p.id or 0))


def _join_lead(lead: str, tail: str) -> str:
    return f"{lead}{'' if tail.startswith(_NO_SPACE_BEFORE) else ' '}{tail}"


def _runs(text: str) -> list[Run]:
    return [Run(r.text, italic=r.italic) for r in markup.parse_runs(" ".join(text.split()))]


def text_blocks(text: str, sub_level: int = MAX_LEVEL) -> list[Block]:
    """Blocks of a text in the workbench's markup: paragraphs, lists, subheadings."""
    return _text_blocks(markup.parse(text), sub_level)


def _text_blocks(parsed: list[markup.Block], sub_level: int) -> list[Block]:
    out: list[Block] = []
    for block in parsed:
        if block.kind == "heading":
            out.append(Heading(markup.runs_text(block.runs), min(sub_level, MAX_LEVEL)))
        elif block.kind in ("bullets", "numbered"):
            items = [[Run(r.text, italic=r.italic) for r in item] for item in block.items]
            out.append(ListBlock(items, numbered=block.kind == "numbered"))
        elif block.kind == "table":
            out.append(Table([list(row) for row in block.rows], header=block.header))
        else:
            out.append(Paragraph([Run(r.text, italic=r.italic) for r in block.runs]))
    return out


# Preflight: what a registrator would miss before sending. Never blocks an export.

PLACE_MISSING = "Ort saknas för avslutningen ”… som ovan”"
PLACE_WHERE = "fyll i organisationens ort, eller skriv en egen avslutning under F3"

_MAX_LISTED = 8


def preflight(
    response: Response,
    remiss: Remiss,
    organisation: Organisation,
    today: dt.date | None = None,
) -> list[str]:
    """Swedish lines naming what is missing; an empty list when nothing is."""
    today = today or dt.date.today()
    notes = []
    unanswered = unanswered_sections(response.positions, remiss.sections)
    if unanswered:
        numbers = [s.number or s.title for s in unanswered]
        shown = ", ".join(numbers[:_MAX_LISTED]) + (" …" if len(numbers) > _MAX_LISTED else "")
        notes.append(
            f"{len(unanswered)} av {len(remiss.sections)} avsnitt saknar ställningstagande:"
            f" {shown}."
        )
    if not response.our_dnr.strip():
        notes.append("Vårt diarienummer saknas.")
    if not signatories_of(response, organisation):
        notes.append("Undertecknare saknas.")
    if not deciding_body_of(response, organisation).strip():
        notes.append("Beslutande organ saknas.")
    if lacks_place(response, organisation):
        notes.append(f"{PLACE_MISSING} ({PLACE_WHERE}).")
    if remiss.reply_by and remiss.reply_by < today:
        days = (today - remiss.reply_by).days
        notes.append(
            f"Sista svarsdag {remiss.reply_by.isoformat()} har passerat"
            f" ({days} {'dag' if days == 1 else 'dagar'} sedan)."
        )
    return notes
