"""An answer's text → positions on the remiss's sections, each with a stance and a confidence.

Which parts hold positions: a heading that is a section of the remiss, or one of the answer's
own parts that carry its views ("Ställningstaganden", "Förvaltningens synpunkter",
"Överväganden", "Bolagets analys och bedömning", or any heading it does not know). The parts
that only frame the answer ("Bakgrund", "Sammanfattning", "Ärendet", "Förslag till beslut",
"Ekonomiska konsekvenser", "Bilagor" …) are left out, and so are the letterhead, the closing
("Stockholm som ovan", "Enligt uppdrag") and the signatures.

Where positions start: at every paragraph or list item, except that a paragraph with no stance
of its own continues the position before it when that one opened with a lead and nothing ties
the paragraph to another section (seed 001: "Life science är för staden en viktig bransch …"
continues the *välkomnar* position). An answer that sets its leads in italics or bold (seed
001, the workbench's own remissvar) starts positions only there: its formatting says where.
A paragraph that ends in a colon introduces the list after it: the items are looked for in
the section it names, or left on the remiss as a whole when it calls them general.

A position is queued for the officer (`needs_review`) when its stance or its section is
below `SURE`.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from workbench.answer.organisation import OrganisationGuess
from workbench.answer.read import AnswerText, Unit
from workbench.answer.sections import SectionMatch, SectionMatcher
from workbench.answer.stance import StanceGuess, StanceReader
from workbench.core.model import Remiss, Stance, with_parents
from workbench.core.stances import FREE_TEXT

SURE = 0.7

# The parts of an answer that frame it and hold no positions (PRODUCT.md, "Document kinds").
_FRAME_PARTS = re.compile(
    r"^(?:sammanfattning|bakgrund|ärendet|beskrivning av ärendet|ärendebeskrivning|"
    r"ärendets beredning|beredning|.*förslag till beslut|förslag till beslut.*|"
    r"[\wåäö ]*beslut|beslutsunderlag|.*konsekvenser|bilag(?:a|or)(?: \d+)?|"
    r"beslutet ska skickas till|sändlista|kopia till|handlingar|underlag|"
    r"kontaktperson(?:er)?|ert dnr.*|vårt dnr.*|dnr.*|diarienr.*)$",
    re.I,
)
# A document's title: nothing stands between it and its parts, so it frames only itself (the
# workbench's own tjänsteutlåtande has every part under its title).
_TITLE = re.compile(
    r"^(?:yttrande över .*|remissvar (?:på|över) .*|svar på .*remiss.*|.*– svar på remiss.*)$",
    re.I,
)
_CLOSING = re.compile(
    r"^(?:med vänlig(?:a)? hälsning(?:ar)?|vänliga hälsningar|hälsningar|enligt uppdrag|"
    r"slut|[\wåäö -]+ som ovan|för [\wåäö -]+|på uppdrag av .*|"
    r"beslut i (?:detta|ärendet) har fattats av .*|föredragande har varit .*)$",
    re.I,
)
_GENERAL = re.compile(r"\b(?:generell\w*|övergripande|allmänn?\w*|sammantag\w*)\b", re.I)
_ENDS_SENTENCE = re.compile(r"[.!?:)”\"]$")


@dataclass
class ImportedPosition:
    """A position read from an answer: on a section (its number) or on the remiss (None)."""

    section: str | None
    stance: str
    lead: str = ""
    text: str = ""
    stance_confidence: float = 1.0
    section_confidence: float = 1.0
    paragraphs: list[str] = field(default_factory=list)  # as read, lead included

    @property
    def confidence(self) -> float:
        return min(self.stance_confidence, self.section_confidence)

    @property
    def needs_review(self) -> bool:
        return self.confidence < SURE

    @property
    def review_note(self) -> str:
        doubts = []
        if self.stance_confidence < SURE:
            doubts.append("hållningen")
        if self.section_confidence < SURE:
            doubts.append("avsnittet")
        return f"Osäker på {' och '.join(doubts)}." if doubts else ""


@dataclass
class ParsedAnswer:
    """An answer read for import: who wrote it and what it says, position by position."""

    organisation: OrganisationGuess
    positions: list[ImportedPosition]
    method: str = "text"  # "text": read from its wording; "sidecar": the export's JSON
    source_name: str = ""
    source_sha256: str = ""
    warnings: list[str] = field(default_factory=list)
    new_stances: list[Stance] = field(default_factory=list)  # own verbs a sidecar uses
    kind: str = ""  # the document kind, where the answer says it
    our_dnr: str = ""  # the answering organisation's own dnr
    date: dt.date | None = None


@dataclass
class _Scope:
    kind: str  # "section", "frame", "positions"
    match: SectionMatch
    level: int


def analyse(
    answer: AnswerText,
    remiss: Remiss,
    organisation: OrganisationGuess,
    own_stances: Iterable[Stance] = (),
) -> list[ImportedPosition]:
    """The positions of an answer to `remiss`."""
    return _Analysis(answer, remiss, organisation, own_stances).positions()


class _Analysis:
    def __init__(self, answer, remiss: Remiss, organisation: OrganisationGuess, own) -> None:
        self.answer = answer
        self.sections = with_parents(list(remiss.sections))
        self.matcher = SectionMatcher(self.sections, remiss.title)
        self.reader = StanceReader(own)
        names = [organisation.name or "", organisation.subject]
        self.subjects = [n for n in names if n]
        self.scopes = self._scopes()
        self.marked = self._marks_leads()

    def positions(self) -> list[ImportedPosition]:
        out: list[ImportedPosition] = []
        has_parts = any(scope.kind != "frame" for scope in self.scopes)
        context: tuple[str, SectionMatch | None] | None = None  # a lead-in's pointer
        scopes: list[int | None] = []  # the heading each position stands under
        previous_heading: int | None = -1
        for unit in self.answer.units:
            if unit.heading != previous_heading:
                context = None
                previous_heading = unit.heading
            scope = self.scopes[unit.heading] if unit.heading is not None else None
            if scope is None and has_parts:
                continue  # letterhead, addressee and title before the first part
            if scope is not None and scope.kind == "frame":
                continue
            if not _is_position_text(unit):
                continue
            if not unit.item:
                context = None
            stance = self.reader.read(unit.text, self.subjects, unit.lead)
            section = self._section(unit, scope, context)
            if self._continues(unit, stance, section, out):
                self._extend(out[-1], unit)
                continue
            if unit.item and stance.key == FREE_TEXT and context and context[0] == "stance":
                pass  # an item under a lead-in keeps its own (free) stance
            if scope is None or scope.kind != "section":
                section = _on_the_whole(unit.text, stance, section)
            out.append(self._position(unit, stance, section))
            scopes.append(unit.heading)
            if unit.text.rstrip().endswith(":") and not unit.item:
                context = self._lead_in(unit, section)
        self._premises(out, scopes)
        return out

    def _premises(self, out: list[ImportedPosition], scopes: list[int | None]) -> None:
        """A paragraph without a stance right before a position in the same part, that could
        be on that position's section, is its premise ("I Hagastaden … finns goda
        förutsättningar" before "Locum ser positivt på att … etablerar sig i Hagastaden")."""
        for index in range(len(out) - 2, -1, -1):
            premise, following = out[index], out[index + 1]
            if (
                premise.stance == FREE_TEXT
                and premise.section_confidence < SURE
                and scopes[index] == scopes[index + 1]
                and following.section is not None
                and following.section != premise.section
                and following.section in self.matcher.candidates(premise.paragraphs[0])
            ):
                premise.section = following.section
                premise.section_confidence = min(premise.section_confidence, 0.6)

    # Parts

    def _scopes(self) -> list[_Scope]:
        scopes: list[_Scope] = []
        frame_level: int | None = None
        for heading in self.answer.headings:
            if frame_level is not None and heading.level > frame_level:
                scopes.append(_Scope("frame", SectionMatch(None, 1.0), heading.level))
                continue
            frame_level = None
            title = " ".join(heading.title.split()).rstrip(":").strip()
            if not heading.number and _FRAME_PARTS.match(title) and not _positions_part(title):
                scopes.append(_Scope("frame", SectionMatch(None, 1.0), heading.level))
                frame_level = heading.level
                continue
            if not heading.number and _TITLE.match(title):
                scopes.append(_Scope("frame", SectionMatch(None, 1.0), heading.level))
                continue
            match = self.matcher.heading(heading.number, heading.title)
            if match.number is not None and match.confidence >= 0.5:
                scopes.append(_Scope("section", match, heading.level))
            else:
                scopes.append(_Scope("positions", match, heading.level))
        return scopes

    def _marks_leads(self) -> bool:
        """Whether the answer sets its leads apart (italic, bold): then only they start."""
        marked = 0
        for unit in self.answer.units:
            if unit.lead and self.reader.read(unit.text, self.subjects, unit.lead).lead:
                marked += 1
        return marked >= 2

    # Sections

    def _section(self, unit: Unit, scope: _Scope | None, context) -> SectionMatch:
        if scope is not None and scope.kind == "section":
            return scope.match
        if _GENERAL.search(unit.text) and not unit.item:
            return SectionMatch(None, 0.75, "general")  # it calls itself general
        if context is not None:
            kind, pointer = context
            if kind == "general":
                found = self.matcher.content(unit.text)
                if found.number is not None and found.confidence >= 0.8:
                    return found
                return SectionMatch(None, 0.75, "context")
            if kind == "section" and pointer is not None:
                within = self._subtree(pointer.number)
                found = self.matcher.content(unit.text, within)
                if found.number is not None:
                    return SectionMatch(found.number, max(found.confidence, 0.6), found.how)
                return SectionMatch(pointer.number, 0.55, "context")
        return self.matcher.content(unit.text)

    def _lead_in(self, unit: Unit, section: SectionMatch):
        if _GENERAL.search(unit.text):
            return ("general", None)
        if section.number is not None:
            return ("section", section)
        return None

    def _subtree(self, number: str | None) -> set[str]:
        numbers: set[str] = set()
        inside = False
        level = 0
        for section in self.sections:
            if section.number == number:
                inside, level = True, section.level
                numbers.add(section.number)
            elif inside and section.level > level:
                numbers.add(section.number)
            elif inside:
                break
        return numbers

    # Positions

    def _continues(self, unit, stance: StanceGuess, section: SectionMatch, out) -> bool:
        if not out:
            return False
        previous = out[-1]
        if self.marked:
            # Only a marked lead starts a position; the rest of its part goes with it.
            return not stance.lead or not unit.lead
        if unit.item or stance.key != FREE_TEXT or not previous.lead:
            return False
        return section.number is None or section.number == previous.section

    def _position(self, unit: Unit, stance: StanceGuess, section: SectionMatch):
        text = unit.text
        lead = ""
        if stance.lead and (not self.marked or unit.lead):
            lead = stance.lead
            text = _after_lead(text, lead)
        if unit.item:
            text = f"- {text}"
        return ImportedPosition(
            section=section.number,
            stance=stance.key,
            lead=lead,
            text=text,
            stance_confidence=round(stance.confidence, 2),
            section_confidence=round(section.confidence, 2),
            paragraphs=[unit.text.replace("*", "")],
        )

    def _extend(self, position: ImportedPosition, unit: Unit) -> None:
        text = f"- {unit.text}" if unit.item else unit.text
        separator = "\n" if unit.item and position.text.lstrip().startswith("- ") else "\n\n"
        position.text = f"{position.text}{separator}{text}" if position.text else text
        position.paragraphs.append(unit.text.replace("*", ""))


def _after_lead(text: str, lead: str) -> str:
    """The text after its lead, markup around the lead removed: "*X föreslår* att …"."""
    stripped = text.lstrip()
    if stripped.startswith("*"):
        closing = stripped.find("*", 1)
        if closing > 0 and stripped[1:closing].strip() == lead:
            return stripped[closing + 1 :].strip()
    plain = stripped.replace("*", "") if "*" in stripped[: len(lead) + 2] else stripped
    if plain.startswith(lead):
        return plain[len(lead) :].strip()
    return stripped


# What a stance on the remiss as a whole takes as its object: "tillstyrker förslaget",
# "ser positivt på framtagandet av … strategierna".
_WHOLE = re.compile(
    r"^(?:\S+ ){0,7}?\S*(?:strategi|förslag|remiss|promemori|betänkande|utredning|"
    r"rapport|handlingsplan|program)\w*",
    re.I,
)


def _on_the_whole(text: str, stance: StanceGuess, section: SectionMatch) -> SectionMatch:
    """A lead whose object is the remiss itself (a noun phrase naming it, not an
    "att"-clause) takes a stand on the remiss as a whole, whatever words follow."""
    if not stance.lead or section.how in ("reference", "quote"):
        return section
    rest = text.replace("*", "")[len(stance.lead) :].strip()
    if rest.startswith(("att ", "i att ", "till att ")) or not _WHOLE.match(rest):
        return section
    return SectionMatch(None, 0.75, "whole")


def _positions_part(title: str) -> bool:
    return bool(
        re.search(r"synpunkter|ställningstag|överväganden|bedömning|yttrande$", title, re.I)
    )


def _is_position_text(unit: Unit) -> bool:
    """Prose, not a closing line, a name, a title or a label."""
    text = " ".join(unit.text.replace("*", "").split())
    if not text or _CLOSING.match(text.rstrip(".")):
        return False
    words = len(text.split())
    if words < 6 and not _ENDS_SENTENCE.search(text):
        return False  # "Anette Henriksson", "Verkställande direktör", "Ert Dnr: RS 2025-0671"
    return not (words < 4 and unit.heading is None)
