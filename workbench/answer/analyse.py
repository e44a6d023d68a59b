"""An answer's text → positions on the remiss's sections, each with a stance, a confidence and
why it went where it did; and the paragraphs that are no position, each with why.

Parts of an answer: a heading that is a section of the remiss (its number and title agree, or
its title and content match one); an answer's own parts that carry its views
("Ställningstaganden", "Förvaltningens synpunkter", or any heading it does not know); the
parts that sum it up ("Inledning", "Sammanfattning", "Slutsatser", "Övergripande
synpunkter"), whose paragraphs are positions on the remiss as a whole unless they cite a
section; "Yrkanden", whose "att …" points are demands; the parts that frame it ("Bakgrund",
"Ärendet", "Förslag till beslut", "Ekonomiska konsekvenser"), whose paragraphs are accounts
on the remiss as a whole unless they cite a section; and what is never a position: the
letterhead and addresses before the first part, the closing and signatures, attachment and
distribution lists. Those are returned as `skipped`, with why, so nothing the answer says is
lost.

Paragraphs of the framing parts are positions too, mostly accounts on the whole remiss.
A paragraph goes to the section it cites ("§ 6.4.3", "avsnitt 4.2", "s. 15"), else to its
part's section, else (in an own part) to the section its wording clearly speaks of, else to
the topic the paragraphs before it in that part set (a section cited lasts until another
pointer; one their words were placed on, while the paragraph's words do not lean elsewhere),
else to the remiss as a whole. On the whole though it stands under a section's heading: a
summing-up of the remiss ("Sammantaget är föreningen positiv till planen men …") and the
answerer on its own part in the process ("vill bli underrättad om granskningen"); in the
answer's own parts, whether the remiss should be adopted ("men planen bör inte antas förrän
…"). A paragraph with no stance of its own after a position that opened with a lead, and
nothing tying it to another section, is an account on that position's section (its own
position: what it tells is not the stand before it). An answer that sets its leads in
italics or bold starts positions only there, and the rest of its part goes with them. A
paragraph that ends in a colon introduces the list after it.

A position is queued for the officer (`needs_review`) when its stance or its section is
below `SURE`. The answer's overall stance is read from its positions in `overall`.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from workbench.answer.leaning import TURNS, leans
from workbench.answer.matter import ADDRESS, ends_a_sentence_of_its_own, matter, peel
from workbench.answer.organisation import OrganisationGuess
from workbench.answer.read import AnswerText, Unit
from workbench.answer.sections import SectionMatch, matcher_for, section_refs
from workbench.answer.stance import (
    DEMANDS,
    StanceGuess,
    StanceReader,
    criticises_the_remiss,
    denies_a_change,
    speaks_of_the_remiss,
    stops_the_remiss,
)
from workbench.core.model import Remiss, Stance, with_parents
from workbench.core.stances import (
    AGAINST,
    COMMENT,
    FOR,
    FREE_TEXT,
    NEUTRAL,
    NONE,
    PARTLY,
    PROPOSAL,
)
from workbench.search.stemming import stems

SURE = 0.7
LEANING_ACCOUNT = 0.65  # an account that may hold a stand (`leaning`): queued
OPEN_VIEW = 0.65  # a view ("anser att …") whose direction the reader did not read: queued

# The parts of an answer that sum it up: their paragraphs are positions on the whole remiss.
_SUMMING_PARTS = re.compile(
    r"^(?:inledning|sammanfattning|sammanfattande \w+|slutsats(?:er)?|avslutning|"
    r"avslutande \w+|slutord|konklusion|övergripande \w+|allmänna \w+|generella \w+|"
    r"(?:[\wåäö]+s )?(?:samlade?|sammantagen|sammantagna|sammanvägda?|slutliga?) (?:bedömning|"
    r"ställningstagande|slutsats(?:er)?|synpunkter)|"
    r"ställningstagande(?:n)?|vårt ställningstagande|yttrande|remissvar|synpunkter)$",
    re.I,
)
_DEMAND_PARTS = re.compile(r"^(?:yrkande(?:n)?|våra yrkanden|yrkanden och \w+|krav)$", re.I)
# The parts that frame an answer: positions only where they take a stand.
_FRAME_PARTS = re.compile(
    r"^(?:bakgrund|ärendet|beskrivning av ärendet|ärendebeskrivning|ärendets beredning|"
    r"beredning|.*förslag till beslut|förslag till beslut.*|[\wåäö ]*beslut|beslutsförslag|"
    r".*konsekvenser|remissen|om remissen|remissens innehåll|förslaget i korthet)$",
    re.I,
)
# Lists and references that are never positions.
_LIST_PARTS = re.compile(
    r"^(?:bilag(?:a|or)(?: \d+)?|beslutsunderlag|beslutet (?:ska )?skickas till|sändlista|"
    r"kopia till|handlingar|underlag|kontaktperson(?:er)?|referenser|källor|källförteckning|"
    r"mottagare|adressat|avsändare)$",
    re.I,
)
# A document's title: nothing stands between it and its parts, so it frames only itself (the
# workbench's own tjänsteutlåtande has every part under its title).
_TITLE = re.compile(
    r"^(?:yttrande över .*|remissvar (?:på|över|om|angående|avseende|gällande) .*|"
    r"(?:remissvar|remissyttrande|yttrande) ?[–:-] .*|remissyttrande (?:över|på|om|angående|"
    r"avseende|gällande|[A-ZÅÄÖ]).*|svar på .*remiss.*|.*– svar på remiss.*|"
    r"samrådsyttrande.*|granskningsyttrande.*|synpunkter på .*|yttrande angående .*)$",
    re.I,
)
# Letterhead and address lines: postal codes, phone numbers, e-mail, web, org. numbers.
_ADDRESS = re.compile(
    r"(?:\b\d{3} ?\d{2} [A-ZÅÄÖ]|postadress|besöksadress|telefon|tel\.|fax|e-post|"
    r"@[\w.-]+\.\w{2,}|www\.|org\.? ?nr|organisationsnummer|bankgiro|plusgiro|"
    r"^(?:till|adressat|avsändare|från|datum|dnr|diarienr|ert dnr|vårt dnr|er referens|"
    r"vår referens|handläggare)\b|diarienummer|\bdnr\b|departementet\b|ansvarig handläggare)",
    re.I,
)
# A line of letterhead taken for a heading: a date, an address line, a word or two.
_LETTERHEAD_LINE = re.compile(
    r"\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2} (?:jan|feb|mar|apr|maj|jun|jul|aug|sep|okt|nov|dec)"
    r"\w* \d{4}\b|^\S+(?: \S+)?$|" + _ADDRESS.pattern,
    re.I,
)
# What a web page or a template puts around an answer: links, dates, placeholders.
_CHROME = re.compile(
    r"^(?:ladda ner|ladda hem|läs (?:hela|mer)|läs (?:vårt|vår|våra|hela vårt|remiss)\w*"
    r"(?: [\wåäö]+){0,3} här|ta del av (?:hela )?(?:vårt |remiss)\w*|du kan läsa|publicerad|"
    r"uppdaterad|föredragande (?:borgarråd\w*|ledamot\w*|tjänste\w+|[\wåäö]+råd\w*)|"
    r"sidan (?:senast )?uppdaterad|senast uppdaterad|kopiera länk|dela (?:på|sidan)|dela$|"
    r"skriv ut|klicka (?:här|eller)|hoppa till|tillbaka till|relaterade?\b|kontakta oss|"
    r"foto:|bild:|\(?[A-ZÅÄÖ]{1,4}\d{4}/\d+\)?$|\S*www\.\S+$|https?://\S+$|.*(?:>>|»)$|"
    r"kopia (?:av|till)\b|så här hanterar|information om hur vi hanterar|"
    r"denna handling har godkänts|(?:detta|det här) beslut har fattats av)",
    re.I,
)
# A cross-reference of the answer's own: "Se nedan och [7].", "Se bilaga 2.", "Se även …".
_REFERENCE = re.compile(
    r"^(?:se|jämför|jfr|se även|se vidare|se bilaga|se bilder|se karta|se figur|se tabell)"
    r"(?! till)(?![\wåäö])",
    re.I,
)
# A numbered line standing alone, which the reader did not take for a heading: "5.5 Miljö".
_NUMBERED_LINE = re.compile(
    r"^(?P<number>\d{1,2}(?:\.\d{1,3}){0,4}|[A-H])\.?\s+(?P<title>[A-ZÅÄÖ][^.!?]{1,80})$"
)
# A lead-in that reports what a law or the remiss says.
_REPORTING = re.compile(
    r"^(?:enligt|av|i) (?:\d+ kap\.|[\wåäö:-]+ (?:ska|skall|anges|framgår))", re.I
)
_SENTENCE_SPLIT = re.compile(r"(?<=[.!?])\s+(?=[A-ZÅÄÖ\"”])")
# The organisation telling what it is: "… är en intresse- och branschorganisation …", "… är
# ett särskilt beslutsorgan inom …", "representerar 1,2 miljoner medlemmar".
_ABOUT_US = re.compile(
    r"(?<![\wåäö])(?:är|utgör) (?:en|ett|Sveriges|landets) (?:[\wåäö,()-]+ ){0,5}?"
    r"(?:[\wåäö-]*organisation|förening|förbund|samarbete|nätverk|beslutsorgan|myndighet|"
    r"sammanslutning|paraplyorganisation)\w*|"
    # without an article: "… är bransch- och arbetsgivarorganisation för …"
    r"(?<![\wåäö])är (?:[\wåäö]+- och )?[\wåäö]+organisation(?![\wåäö])|"
    r"(?:organiserar|representerar|företräder) "
    r"(?:vi )?(?:cirka |ca |över |drygt |omkring |nästan )?\d[\d  ]*(?:,\d+)?(?: miljoner| "
    r"tusen)? (?:medlemmar|medlemsföretag|företag)",
    re.I,
)
# A position's text that is a list item: "- …", or numbered as the answer numbers it, "1) …".
_LISTED_TEXT = re.compile(r"(?:- |\d{1,3}[.)] )")
# What is attached, named or announced: "Bilaga 2 …", "Remissvar från följande föreningar
# bifogas:".
_ATTACHMENT_LINE = re.compile(
    r"^(?:bilag(?:a|or)|bifogas|bifogad)\b|"
    r"^[^.!?]{3,80} (?:bifogas|bifogats|biläggs)(?: [^.!?]{0,30})?:$",
    re.I,
)
# The lines that open a signature block: "För [föreningen]", "Sätila den 10 februari 2025".
_SIGNING = re.compile(
    r"^(?:för|på uppdrag av|enligt uppdrag|styrelsen för)\s.+|"
    # a place and a date: one to three capitalised words ("Ändringarna föreslås träda i kraft
    # den 1 oktober 2021" is a sentence, not a place)
    r"^[A-ZÅÄÖ][\wåäö-]+(?: [A-ZÅÄÖ][\wåäö-]+){0,2}(?:,| den) \d{1,2} [a-zåäö]+ \d{4}$|"
    r"^[A-ZÅÄÖ][\wåäö-]+(?: [A-ZÅÄÖ][\wåäö-]+){0,2},? \d{4}-\d{2}-\d{2}$",
    re.I,
)
_CLOSING = re.compile(
    r"^(?:med vänlig(?:a)? hälsning(?:ar)?|vänliga hälsningar|hälsningar|enligt uppdrag|"
    r"(?:i )?detta (?:ärende|yttrande) har beslutats av .*|"
    # "För styrelsen i …", a signer's line: a few words, never a clause ("För att
    # möjliggöra … behöver …" opens a sentence of the answer's)
    r"slut|[\wåäö -]+ som ovan|för(?! att(?![\wåäö]))(?: [\wåäö-]+){1,8}|på uppdrag av .*|"
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
    placed_by: str = ""  # why it is on its section: "cites § 6.4.3", "heading ≈ 4.2 …"
    part: str = ""  # the kind of part it stands in: section, positions, summing, demands …
    doubt: str = ""  # why the stance is unsure, where the reader can say

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
            doubts.append(f"hållningen ({self.doubt})" if self.doubt else "hållningen")
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
    skipped: list[dict] = field(default_factory=list)  # {"text", "reason"}: not positions
    overall_stance: str = ""  # a stance class: the answer's stand on the remiss as a whole
    overall_basis: str = ""  # the passage it was read from
    flags: list[str] = field(default_factory=list)  # "placeholder", "tracked_changes" …


@dataclass
class _Scope:
    kind: str  # section, positions, summing, demands, frame, lists, title
    match: SectionMatch
    level: int
    title: str = ""


@dataclass
class Reading:
    """What `analyse` makes of an answer: its positions and the paragraphs it left."""

    positions: list[ImportedPosition]
    skipped: list[dict]


def analyse(
    answer: AnswerText,
    remiss: Remiss,
    organisation: OrganisationGuess,
    own_stances: Iterable[Stance] = (),
    others: Iterable[str] = (),
) -> list[ImportedPosition]:
    """The positions of an answer to `remiss`."""
    return read_positions(answer, remiss, organisation, own_stances, others).positions


def read_positions(
    answer: AnswerText,
    remiss: Remiss,
    organisation: OrganisationGuess,
    own_stances: Iterable[Stance] = (),
    others: Iterable[str] = (),
) -> Reading:
    """The positions of an answer to `remiss` and the paragraphs that are none, with why.
    `others`: words naming the remiss's author in the answer ("kommunen")."""
    analysis = _Analysis(answer, remiss, organisation, own_stances, others)
    positions = analysis.positions()
    return Reading(positions, analysis.skipped)


class _Analysis:
    def __init__(self, answer, remiss: Remiss, organisation: OrganisationGuess, own, others):
        self.answer = answer
        self.sections = with_parents(list(remiss.sections))
        self.matcher = matcher_for(self.sections, remiss.title)
        self.reader = StanceReader(own, others)
        names = [organisation.name or "", organisation.subject]
        self.subjects = [n for n in names if n]
        self.skipped: list[dict] = [
            {"text": text, "reason": "sidhuvud, sidfot eller innehållsförteckning"}
            for text in answer.furniture
        ]
        self._title_lines: set[str] | None = None  # `_titles`
        self.cited_before: dict[int | None, SectionMatch] = {}  # per part: its last citation
        self.own_parts: dict[str, SectionMatch] = {}  # the answer's own headings: their section
        self.scopes = self._scopes()
        holding = {unit.heading for unit in self.answer.units}
        # Each heading is listed as skipped where it stands (`_list_headings`), as what it is.
        self._heading_reasons: list[str] = []
        for index, (heading, scope) in enumerate(
            zip(self.answer.headings, self.scopes, strict=True)
        ):
            reason = "rubrik"
            # A heading that is page chrome or opens a list is skipped matter, named as such.
            if scope.kind == "lists" or _CHROME.match(heading.text):
                reason = "rubrik utan innehåll"
            elif matter(heading.text) == ADDRESS:
                # an address taken for a heading ("Regeringskansliet Miljödepartementet 103 33
                # Stockholm"), whatever stands under it
                reason = ADDRESS
            elif index not in holding and _LETTERHEAD_LINE.search(heading.text):
                # a short line taken for a heading, with nothing under it, that is a letter's
                # furniture: "Till", "Nämnden 2007-08-28", a title of the signer
                reason = "brevhuvud och adress"
            self._heading_reasons.append(reason)
        self._headings_listed = -1
        self.marked = self._marks_leads()
        self._stand_headings: set[str] = set()

    def positions(self) -> list[ImportedPosition]:
        out: list[ImportedPosition] = []
        self._placed = out  # the positions so far, for a demand that repeats one
        has_parts = any(s.kind not in ("frame", "lists", "title") for s in self.scopes)
        context: tuple[str, SectionMatch | None, str] | None = None  # a lead-in's pointer
        scopes: list[int | None] = []  # the heading each position stands under
        previous_heading: int | None = -1
        seen_prose = False
        units = [
            piece
            for unit in self._units()
            for peeled in _peeled(unit)
            for piece in self._by_stance(peeled)
        ]
        closing_from = self._closing_start(units)
        named: _Scope | None = None  # a part named by a line of its own ("Yrkanden")
        lead_in_at = -2  # the index of the last lead-in ("Vi önskar:")
        for index, unit in enumerate(units):
            self._list_headings(unit.heading)
            if unit.heading != previous_heading:
                context = None
                named = None
                previous_heading = unit.heading
            if (part := self._named_part(unit)) is not None:
                named, context = part, None
                self._skip(unit, "rubrik")
                continue
            scope = named or (self.scopes[unit.heading] if unit.heading is not None else None)
            kind = scope.kind if scope is not None else ("positions" if not has_parts else "top")
            if named is not None and named.kind == "section":
                kind = "section"
            if index >= closing_from:
                self._skip(unit, "underskrift och avslutning")
                continue
            if kind == "lists" and (_prose(unit.text) or self._stand_sentence(unit)):
                kind = "positions"  # the list has ended: a paragraph of the answer's own
            if kind == "lists":
                self._skip(unit, f"förteckning ({scope.title.lower()})")
                continue
            at_top = kind == "top" or (unit.heading is None and not seen_prose)
            # The paragraph right after a lead-in that takes a stand is its point, marked as an
            # item or not (a page's list loses its marks: "Vi önskar:" and the wishes as lines
            # of their own).
            point = unit.item or (index == lead_in_at + 1 and self._stands(context))
            listed = point and context is not None  # a point under "… följande:"
            reason = self._not_position(unit, "top" if at_top else kind, seen_prose, listed)
            if reason in _SHORT_LINE_REASONS and unit.paragraph:
                reason = ""  # a short sentence of a paragraph's is no line of a letterhead
            if reason:
                self._skip(unit, reason)
                continue
            # What frames the answer (its background, the case, the consequences, the
            # formalities) is kept too, as an account: nothing the answer says is dropped.
            stance = self._read_piece(unit)
            seen_prose = True
            if not point and not unit.in_item:
                context = None
            stance = self._in_context(unit, stance, context, kind, point)
            if kind == "frame" and stance.key != FREE_TEXT and stance.confidence < 0.7:
                # Background describing the remiss: a stance word the answer does not own
                # there ("strategin syftar till att … bör") makes no stand; an account.
                stance = StanceGuess("redogor", 0.75)
            placed = unit
            if unit.paragraph and not self.matcher.citations(unit.text):
                placed = Unit(
                    unit.paragraph, unit.heading, unit.item, unit.lead, marker=unit.marker
                )
            section = self._section(placed, scope, kind, context)
            if _bare_lead_in(unit, stance):
                # "Föreningen yrkar –" before its points: it speaks to what they ask for, on
                # the remiss as a whole, and opposes it when one of them stops the proposal.
                section = SectionMatch(None, 0.8, "part", "whole: introduces the points after it")
                points = [u.text for u in units[index + 1 : index + 12] if u.item]
                if stance.key in DEMANDS and any(stops_the_remiss(p) for p in points):
                    stance = StanceGuess("avstyrker", stance.confidence, stance.lead, stance.phrase)
            if (
                unit.text.rstrip().endswith(":")
                and not unit.item
                and len(unit.text.split()) <= 12
                and (stance.key in _VIEW_KEYS or _ALTERNATIVES.match(unit.text.lstrip()))
            ):
                # a lead-in to points ("Företagarna anser att:"): an account; its points
                # carry their own stands (the guide's borderline)
                stance = StanceGuess("redogor", max(stance.confidence, 0.75), stance.lead, "")
            if self._continues(unit, stance, section, out, scopes):
                if self.marked:
                    self._extend(out[-1], unit)
                    continue
                previous = out[-1]
                section = SectionMatch(
                    previous.section,
                    previous.section_confidence,
                    "continues",
                    "continues the position before",
                )
            if kind not in ("section", "summing", "demands") and section.how not in (
                "reference",
                "page",
                "title",
                "continues",
            ):
                section = _on_the_whole(unit.text, stance, section)
            out.append(self._position(unit, stance, section, kind))
            if section.number is not None and scope is not None and scope.title:
                self.own_parts.setdefault(scope.title, section)
            scopes.append(unit.heading)
            text = unit.text.rstrip()
            if not unit.item and (
                text.endswith(":")
                # "SWEDTRAIN stödjer" before its points, without a colon
                or (_bare_lead_in(unit, stance) and not _ENDS_SENTENCE.search(text))
            ):
                context = self._lead_in(unit, section, stance)
                lead_in_at = index
        self._list_headings(len(self.answer.headings) - 1)
        self._premises(out, scopes)
        self._about_us_after(out)
        return out

    def _about_us_after(self, out: list[ImportedPosition]) -> None:
        """What the organisation is, told after its last word on the remiss ("Fastighetsägarna
        är en intresse- och branschorganisation …", "Tillsammans representerar vi 1,2
        miljoner medlemmar."): a page's or a letter's standing footer, skipped and listed,
        not an account of the answer (where an answer opens with it, it presents the
        answerer and stays)."""
        said = [i for i, p in enumerate(out) if p.stance not in (FREE_TEXT, "redogor")]
        # its last word: a sure stand, or where none is sure, any (a weak one in a footer,
        # "Över 3 200 medlemsföretag samverkar …", is none)
        stands = [i for i in said if out[i].stance_confidence >= SURE] or said
        if not stands:
            return
        start = next(
            (i for i in range(stands[-1] + 1, len(out)) if _ABOUT_US.search(out[i].paragraphs[0])),
            None,
        )
        if start is None:
            return
        # the footer runs on to the end: its members, its goals, its web address
        for footer in out[start:]:
            self.skipped.append(
                {"text": " ".join(footer.paragraphs[0].split()), "reason": "om organisationen"}
            )
        del out[start:]

    def _list_headings(self, upto: int | None) -> None:
        """The answer's headings up to `upto`, in the skipped list where they stand: a heading
        is no position (unless its words take a stand, `_units`), but its words are the
        answer's, and nothing the answer says goes unlisted."""
        if upto is None:
            return
        for index in range(self._headings_listed + 1, upto + 1):
            heading = self.answer.headings[index]
            if heading.title not in self._stand_headings:
                self._skip(Unit(heading.text, index), self._heading_reasons[index])
        self._headings_listed = max(self._headings_listed, upto)

    def _units(self) -> list[Unit]:
        """The answer's units, and first under a heading that takes a stand ("Förbundet
        avstyrker förslaget i sin helhet", a line without a full stop the reader took for a
        heading) that heading's words as a unit of its own: nothing the answer says is
        dropped."""
        stands = [
            (index, heading.title)
            for index, heading in enumerate(self.answer.headings)
            if not heading.number and self._heading_stands(heading.title)
        ]
        self._stand_headings = {title for _, title in stands}
        if not stands:
            return list(self.answer.units)
        out: list[Unit] = []
        for unit in self.answer.units:
            while stands and unit.heading is not None and stands[0][0] <= unit.heading:
                index, title = stands.pop(0)
                out.append(Unit(title, index))
            out.append(unit)
        out.extend(Unit(title, index) for index, title in stands)
        return out

    def _heading_stands(self, title: str) -> bool:
        """Whether a heading's words take a stand of their own, as a sentence would."""
        text = " ".join(title.replace("*", "").split())
        if len(text.split()) < 3 or text.endswith(":") or matter(text):
            return False  # a page's "Ändra bildtext och byt alt-text" takes none
        stance = self.reader.read(text, self.subjects)
        kind = self._stand_of(stance, text)
        if len(text.split()) < 4:
            # three words take a stand only in so many words: "Lärarnas Riksförbund avstyrker"
            return kind in (FOR, AGAINST) and stance.confidence >= 0.9
        return kind in (FOR, PARTLY, AGAINST, PROPOSAL, NONE)

    def _named_part(self, unit: Unit) -> _Scope | None:
        """A short line that names one of an answer's parts ("Sammanfattning", "Yrkanden",
        "Bilagor") where the reader found no heading: it opens that part."""
        text = " ".join(unit.text.replace("*", "").split()).rstrip(":").strip()
        if unit.item or not text or len(text.split()) > 8 or _ENDS_SENTENCE.search(text):
            return None
        if len(text.split()) > 4 and not _NUMBERED_LINE.match(text):
            return None
        plain = text.casefold()
        if numbered := _NUMBERED_LINE.match(text):
            match = self.matcher.heading(numbered["number"], numbered["title"])
            if match.number is not None and match.confidence >= 0.5:
                return _Scope("section", match, 1, text)
            return _Scope("positions", match, 1, text)
        for pattern, kind in (
            (_LIST_PARTS, "lists"),
            (_DEMAND_PARTS, "demands"),
            (_SUMMING_PARTS, "summing"),
            (_FRAME_PARTS, "frame"),
        ):
            if pattern.match(plain):
                why = f"whole: {plain}" if kind in ("summing", "demands") else ""
                return _Scope(kind, SectionMatch(None, 0.8, "part", why), 1, text)
        return None

    # What is no position

    def _titles(self) -> set[str]:
        """The answer's headings and the lines skipped as its title or letterhead, case
        folded (`_skip` adds to them)."""
        if self._title_lines is None:
            self._title_lines = {h.text.casefold() for h in self.answer.headings}
            self._title_lines |= {h.title.casefold() for h in self.answer.headings}
            self._title_lines |= {
                s["text"].casefold() for s in self.skipped if s["reason"] in _TITLE_REASONS
            }
        return self._title_lines

    def _skip(self, unit: Unit, reason: str) -> None:
        text = " ".join(unit.text.replace("*", "").split())
        if text:
            self.skipped.append({"text": text, "reason": reason})
            if reason in _TITLE_REASONS and self._title_lines is not None:
                self._title_lines.add(text.casefold())

    def _not_position(self, unit: Unit, kind: str, seen_prose: bool, listed: bool) -> str:
        """Why a paragraph is no position ("" when it may be one); `listed`: a point of a
        list its lead-in opened ("I förslaget saknas följande underlag:"), however short."""
        text = " ".join(unit.text.replace("*", "").split())
        if not text:
            return "tom"
        if unit.text in self._stand_headings:
            return ""  # a heading's words that take a stand (`_units`)
        if not text.endswith((".", "!", "?")) and text.casefold() in self._titles():
            # the answer's title or letterhead again, as a web page or a footer repeats it
            return "upprepad rubrik eller brevhuvud"
        if _closes(text):
            return "underskrift och avslutning"
        if (form := matter(text)) and not self._takes_stand(unit, accounts=False):
            # an address, a dnr, a distribution list, a download link …; an account is no
            # stand that keeps it ("Beslut i detta ärende har fattats av …" is matter)
            return form
        if _CHROME.match(text) and len(text.split()) < 25:
            return "webbsida, mall eller förteckning"
        if _ATTACHMENT_LINE.match(text) and len(text.split()) < 30:
            return "förteckning (bilagor)"
        words = len(text.split())
        if (
            kind == "top"
            and _ADDRESS.search(text)
            and words < 40
            and not self._takes_stand(unit)
            and not ends_a_sentence_of_its_own(text)  # "Förbundet har skickat … departementet."
        ):
            return "brevhuvud och adress"
        title_like = words <= 15 or (words <= 30 and _TITLE.match(text))
        # A verdict set as a line of its own ("Konsekvensutredningen uppfyller inte kraven")
        # is the answer's word, not its letterhead.
        verdict = (
            words <= 15
            and not _ENDS_SENTENCE.search(text)
            and bool(self._stand_of(self.reader.read(text, self.subjects), text))
        )
        # a lead-in to what follows ("Kort och gott sammanfattar vi vårt yttrande med
        # följande:") is the answer's sentence, not its title
        lead_in = text.endswith(":") and words >= 5
        if (
            kind == "top"
            and not seen_prose
            and not text.endswith((".", "!", "?"))
            and title_like
            and not verdict
            and not lead_in
        ):
            return "brevhuvud och rubrik"
        if words < 6 and self._takes_stand(unit):
            return ""  # "Föreningen yrkar", a lead-in to its points
        if listed or (unit.item and kind not in ("top", "frame", "title") and words >= 3):
            return ""  # a point of a list: "att detaljplanen inte antas", "bullerutredning"
        if words < 6 and not _ENDS_SENTENCE.search(text) and not verdict:
            # "Anette Henriksson", "Verkställande direktör", "Ert Dnr: RS 2025-0671"
            return "brevhuvud och adress" if not seen_prose else "rad utan mening"
        if words < 4 and unit.heading is None:
            return "brevhuvud och adress"
        if (
            kind == "top"
            and not seen_prose
            and words < 25
            and not _ENDS_SENTENCE.search(text)
            and not verdict
        ):
            return "brevhuvud och rubrik"
        if (
            words <= 30
            and _TITLE.match(text)
            and not _ENDS_SENTENCE.search(text)
            and not verdict
            and not lead_in
            and not self._takes_stand(unit)
        ):
            # the answer's title where a page sets it after its own words ("Remissyttrande
            # Nationell plan för transportinfrastrukturen 2022–2033")
            return "brevhuvud och rubrik"
        return ""

    def _by_stance(self, unit: Unit) -> list[Unit]:
        """A paragraph whose sentences take different stands ("Vi ställer oss bakom
        förslaget. Vi vill gärna se att …") as one piece per stand: a sentence that takes a
        stand of another class than the piece before starts a piece; the sentences that take
        none go with the piece they follow. What comes before the first stand is an account
        of its own ("Planområdet ligger inom ett vattenskyddsområde. Vi anser att …": the
        guide's mixed paragraph, the background neutral, the stand its class) unless it turns
        against something already ("Dock har kommunen …"). An account that trails a verdict
        ("Vi tillstyrker. Utredningen visar att …"), a change asked for or a view is a piece of
        its own, an account, even where the stand goes on after it, unless it speaks of the
        plan after a criticism ("Planen saknar en trafikutredning. Husen ligger dessutom nära
        skolan."). A point of a list is read so too: its first piece is the point, the rest
        goes on in it (`Unit.in_item`: the list's lead-in still speaks for the next point).
        Each piece keeps the whole paragraph (`Unit.paragraph`), whose topic places it, and
        is no line of a letterhead however short."""
        sentences = _SENTENCE_SPLIT.split(unit.text.strip())
        if len(sentences) < 2:
            return [unit]
        kinds: list[str | None] = []  # None: chrome
        for sentence in sentences:
            if (_CHROME.match(sentence) or _REFERENCE.match(sentence)) and len(
                sentence.split()
            ) < 15:
                # "Läs hela remissvaret här.", "Se bilaga 2.": no part of a stand
                kinds.append(None)
                continue
            guess = self.reader.read(sentence, self.subjects)
            kind = self._stand_of(guess, sentence)
            if (
                not kind
                and guess.key == "kritik"
                and guess.confidence >= 0.5
                and any(speaks_of_the_remiss(other) for other in sentences if other != sentence)
            ):
                # a fault found in what the paragraph tells of the remiss: "Enligt avsnitt 3.4
                # får husen bli nio meter höga. […] Det är olämpligt intill villorna.",
                # "Underkänt. Det är vårt betyg på delbetänkandet."
                kind = AGAINST
            kinds.append(kind)
        pieces: list[list[str]] = []
        current = ""
        for index, (sentence, kind) in enumerate(zip(sentences, kinds, strict=True)):
            if kind is None:
                pieces.append([sentence])
                current = "chrome"
                continue
            if (
                not kind
                and current in (FOR, PARTLY, AGAINST, PROPOSAL, COMMENT)
                and _sentence(sentence)
                # what follows a criticism and speaks of the plan goes on with it
                and not (current == AGAINST and _OF_THE_PLAN.search(sentence))
            ):
                kind = NEUTRAL  # an account after the stand, even between two of its kind
            if (
                not kind
                and not current
                and _sentence(sentence)
                and any(kinds[index + 1 :])
                and not _TURNS_TO.match(sentence)
            ):
                # what is told before the stand that answers it (what the remiss says, the
                # case, the place): an account of its own (the guide: a background is neutral)
                kind = NEUTRAL
            if pieces and (not kind or kind == current):
                pieces[-1].append(sentence)
                continue
            if not pieces or (kind and current):
                pieces.append([sentence])
            else:
                pieces[-1].append(sentence)  # the first stand of a piece that had none yet
            current = kind or current
        if len(pieces) < 2:
            return [unit]
        return [
            Unit(
                " ".join(piece),
                unit.heading,
                unit.item and index == 0,
                unit.lead if index == 0 else "",
                unit.text,
                unit.item and index > 0,
                unit.marker if index == 0 else "",
            )
            for index, piece in enumerate(pieces)
        ]

    def _read_piece(self, unit: Unit) -> StanceGuess:
        """The stance of a paragraph or piece: that of the sentences in it that take a
        stand. A piece holds one class of stand (`_by_stance`) beside sentences that take
        none; those (an account of what the remiss says, a background) do not outweigh it:
        "I FÖP:en anges att … Länsstyrelsen anser att området inte kan anses ianspråktaget
        och detta bör framgå" is the criticism its stand says, not the wish that trails it."""
        whole = self.reader.read(unit.text, self.subjects, unit.lead)
        if unit.item:
            return whole
        sentences = _SENTENCE_SPLIT.split(unit.text.strip())
        if len(sentences) < 2:
            return whole
        stands = []
        for sentence in sentences:
            guess = self.reader.read(sentence, self.subjects)
            if kind := self._stand_of(guess, sentence):
                stands.append((guess, kind))
        kinds = {kind for _, kind in stands}
        if len(kinds) != 1 or self._stand_of(whole) in kinds:
            return whole
        if all(guess.judged for guess, _ in stands) and whole.key not in (FREE_TEXT, "redogor"):
            # a view held in a statement is the weakest of stands: a phrase of one in the
            # piece, however weak ("… och det är därför viktigt att …"), speaks instead
            return whole
        guess = stands[0][0]
        return StanceGuess(guess.key, guess.confidence, "", guess.phrase)

    def _stand_of(self, stance: StanceGuess, sentence: str = "") -> str:
        """The class of a sentence's stand when it takes one, however weak ("Bryggan kan
        gärna byggas om": a suggestion, from 0.4), else "". A shortcoming of the world, not of
        the remiss ("… saknas ofta finansiering"), takes none."""
        if stance.key == FREE_TEXT or stance.confidence < 0.4:
            return ""
        if stance.key == "kritik" and sentence and not criticises_the_remiss(sentence):
            return ""
        if stance.key == "redogor":
            return NEUTRAL  # an account of the answering itself ("har lämnat remissvar på …")
        kind = self.reader.stance_class(stance.key)
        return kind if kind in (FOR, PARTLY, AGAINST, PROPOSAL, NONE, COMMENT) else ""

    def _closing_start(self, units: list[Unit]) -> int:
        """The index of the first unit of the closing: from a closing formula on ("Med
        vänliga hälsningar", "Enligt uppdrag", "För styrelsen"), when it is near the end and
        only short lines (names, titles) follow it."""
        for index in range(max(0, len(units) - 12), len(units)):
            flat = " ".join(units[index].text.replace("*", "").split())
            text = flat.rstrip(".")
            short = len(text.split()) <= 12
            # "För att hålla nere kostnaderna … behöver planprocesserna kortas.", "För oss som
            # bor vid stränder är …" are sentences of the answer's, not "För styrelsen"
            signing = short and _SIGNING.match(text) and not ends_a_sentence_of_its_own(flat)
            if not (_closes(flat) or signing):
                continue
            rest = units[index + 1 :]
            if all(len(u.text.split()) <= 14 or _ADDRESS.search(u.text) for u in rest):
                return index
        return len(units)

    def _stand_sentence(self, unit: Unit) -> bool:
        """A sentence that takes a stand, or says how the answer answers, after a list: "Svenskt
        Näringsliv har som remissinstans följande synpunkter." below "MOTTAGARE" ends it."""
        if not _sentence(unit.text):
            return False
        stance = self.reader.read(unit.text, self.subjects, unit.lead)
        return (stance.key != FREE_TEXT and stance.confidence >= 0.6) or bool(
            _OWN_ACCOUNT.search(unit.text)
        )

    def _takes_stand(
        self, unit: Unit, stance: StanceGuess | None = None, accounts: bool = True
    ) -> bool:
        """Whether `unit` is read with a stance key, surely; `accounts`: whether an account
        ("redogor") counts, as it does for a lead-in ("Vi har följande synpunkter:")."""
        stance = stance or self.reader.read(unit.text, self.subjects, unit.lead)
        if not accounts and stance.key == "redogor":
            return False
        return stance.key != FREE_TEXT and stance.confidence >= SURE

    def _premises(self, out: list[ImportedPosition], scopes: list[int | None]) -> None:
        """A paragraph without a stance right before a position in the same part, that could
        be on that position's section, is its premise ("I Hagastaden … finns goda
        förutsättningar" before "Locum ser positivt på att … etablerar sig i Hagastaden")."""
        for index in range(len(out) - 2, -1, -1):
            premise, following = out[index], out[index + 1]
            if (
                premise.stance in (FREE_TEXT, "redogor")
                and premise.section_confidence < SURE
                and scopes[index] == scopes[index + 1]
                and following.section is not None
                and following.section != premise.section
                and following.section in self.matcher.candidates(premise.paragraphs[0])
            ):
                premise.section = following.section
                premise.section_confidence = min(premise.section_confidence, 0.6)
                premise.placed_by = f"premise of the next position ({following.placed_by})"

    # Parts

    def _scopes(self) -> list[_Scope]:
        scopes: list[_Scope] = []
        frame: tuple[str, int] | None = None  # a framing part and its level
        bodies = self._bodies()
        for index, heading in enumerate(self.answer.headings):
            title = " ".join(heading.title.split()).rstrip(":").strip()
            if frame is not None and heading.level > frame[1]:
                scopes.append(_Scope(frame[0], SectionMatch(None, 1.0), heading.level, title))
                continue
            frame = None
            plain = title.casefold()
            if not heading.number and _LIST_PARTS.match(plain):
                scopes.append(_Scope("lists", SectionMatch(None, 1.0), heading.level, title))
                frame = ("lists", heading.level)
                continue
            if not heading.number and _DEMAND_PARTS.match(plain):
                why = "whole: yrkanden"
                scopes.append(_Scope("demands", SectionMatch(None, 0.8, "part", why),
                                     heading.level, title))  # fmt: skip
                continue
            if not heading.number and _SUMMING_PARTS.match(plain):
                why = f"whole: {plain}"
                scopes.append(_Scope("summing", SectionMatch(None, 0.8, "part", why),
                                     heading.level, title))  # fmt: skip
                continue
            if not heading.number and _FRAME_PARTS.match(plain) and not _positions_part(title):
                scopes.append(_Scope("frame", SectionMatch(None, 1.0), heading.level, title))
                frame = ("frame", heading.level)
                continue
            if not heading.number and _TITLE.match(title):
                scopes.append(_Scope("title", SectionMatch(None, 1.0), heading.level, title))
                continue
            body = "" if _positions_part(title) else bodies[index]
            match = self.matcher.heading(heading.number, heading.title, body)
            if match.number is not None and match.confidence >= 0.5:
                scopes.append(_Scope("section", match, heading.level, title))
            else:
                scopes.append(_Scope("positions", match, heading.level, title))
        return scopes

    def _bodies(self) -> list[str]:
        bodies = [""] * len(self.answer.headings)
        for unit in self.answer.units:
            if unit.heading is not None:
                bodies[unit.heading] += "\n" + unit.text
        return bodies

    def _marks_leads(self) -> bool:
        """Whether the answer sets its leads apart (italic, bold): then only they start."""
        marked = 0
        for unit in self.answer.units:
            if unit.lead and self.reader.read(unit.text, self.subjects, unit.lead).lead:
                marked += 1
        return marked >= 2

    # Stances

    def _in_context(
        self, unit: Unit, stance: StanceGuess, context, kind: str, point: bool
    ) -> StanceGuess:
        """An "att …" point under "Yrkanden", or an item under "Vi yrkar:", is a demand; the
        points under a lead-in that reports the law or the remiss ("Enligt 3 kap. 16 § PBL
        ska länsstyrelsen pröva om:") are reported too, not the answer's stands. A `point`
        is a list item or the paragraph right after a lead-in."""
        if (unit.item or unit.in_item) and context is not None and context[0] == "reported":
            return StanceGuess("redogor", 0.7, "", "")
        if (stance.key != FREE_TEXT and stance.confidence >= 0.6) or unit.in_item:
            return stance  # (what goes on in a point after its stand is its own reading)
        demand = kind == "demands" or (context is not None and context[2] in DEMANDS)
        # the points under a proposal's lead-in are what it proposes: "Föreningen föreslår
        # följande:", "Planbeskrivningen bör kompletteras med:"
        proposed = (
            point
            and context is not None
            and context[0] != "reported"
            and self.reader.stance_class(context[2]) == PROPOSAL
        )
        if not demand and not proposed:
            if (
                point
                and stance.key == FREE_TEXT
                and context is not None
                and self.reader.stance_class(context[2]) in (FOR, PARTLY, AGAINST)
            ):
                # a point without a word of its own takes its lead-in's verdict: "I planen
                # saknas följande underlag:", "Vi välkomnar särskilt:"
                return StanceGuess(context[2], 0.7, "", "")
            return stance
        text = unit.text.replace("*", "").lstrip("- ").strip()
        if kind == "demands" and not point and not text.casefold().startswith("att "):
            return stance
        if stops_the_remiss(text) or denies_a_change(text):
            return StanceGuess("avstyrker", 0.85, "", "")
        return StanceGuess("yrkar" if demand else "foreslar", 0.85 if demand else 0.75, "", "")

    # Sections

    def _section(self, unit: Unit, scope: _Scope | None, kind: str, context) -> SectionMatch:
        cited = self.matcher.citations(unit.text)
        if cited and cited[0].how == "reference" and cited[0].confidence < 0.95 and unit.paragraph:
            # a piece that cites only a number the remiss lacks (a guess at the section above
            # it) takes the section its whole paragraph cites as it stands: "… under rubriken
            # 7.22 Rättigheter." split by stance from "Något sådant avsnitt finns inte; …
            # har nummer 7.2.2."
            whole = self.matcher.citations(unit.paragraph)
            if whole and whole[0].confidence >= 0.95:
                cited = whole
        if cited:
            if kind in ("positions", "top"):
                # What an own part says next is on the section it has just cited, until it
                # cites another or its words say otherwise.
                self.cited_before[unit.heading] = cited[0]
            return cited[0]
        if _PROCESS.search(unit.text) and len(unit.text.split()) <= 40:
            return SectionMatch(None, 0.75, "general", "whole: its own part in the process")
        if scope is not None and kind == "section":
            if _sums_up_the_remiss(unit.text):
                return SectionMatch(None, 0.75, "general", "whole: it sums up, of the remiss")
            return scope.match
        if kind == "demands":
            if (own := self._own_part_named(unit.text)) is not None:
                return own
            if (earlier := self._repeats(unit.text)) is not None:
                return earlier
            found = self.matcher.content(unit.text, cite=False)
            if found.number is not None and found.confidence >= 0.7:
                return found
            return scope.match
        if kind == "summing":
            return scope.match
        if kind in ("frame", "title", "top") and scope is not None:
            # Background describes the remiss: on the whole, unless it names one section, or
            # a point of a list quotes one ("- Effektivitet och kvalitet i hälso- och sjukvård
            # …" restating 3.1): that account belongs beside the section's stands.
            found = self.matcher.content(unit.text, cite=False)
            if found.number is not None and (
                found.how == "title" or (unit.item and found.how == "quote")
            ):
                return found
            return SectionMatch(None, 0.75, "part", f"whole: {scope.title.casefold()}")
        if _GENERAL.search(unit.text) and not unit.item:
            return SectionMatch(None, 0.75, "general", "whole: it calls itself general")
        if _ADOPTION.search(unit.text):
            return SectionMatch(None, 0.75, "general", "whole: whether the remiss is adopted")
        carried = self.cited_before.get(unit.heading)
        if carried is not None and context is None:
            found = self.matcher.content(unit.text, cite=False)
            if found.number is not None and found.confidence >= 0.7:
                return self._remember(unit, kind, found)
            if (
                carried.how == "context"
                and found.nearest is not None
                and found.nearest not in self.matcher.kin(carried.number)
            ):
                # a topic its words set lasts while the words stay near it (a section cited
                # lasts until another pointer)
                return found
            why = f"after a paragraph that {carried.why}"
            return SectionMatch(carried.number, 0.6, "context", why)
        if context is not None:
            how, pointer, _key = context
            if how == "general":
                found = self.matcher.content(unit.text, cite=False)
                if found.number is not None and found.confidence >= 0.8:
                    return found
                return SectionMatch(None, 0.75, "context", "whole: under a general lead-in")
            if how in ("section", "reported") and pointer is not None:
                within = self._subtree(pointer.number)
                found = self.matcher.content(unit.text, within, cite=False)
                if found.number is not None:
                    why = f"under a lead-in on {pointer.number}; {found.why}"
                    return SectionMatch(found.number, max(found.confidence, 0.6), found.how, why)
                why = f"under a lead-in ({pointer.why})"
                return SectionMatch(pointer.number, 0.55, "context", why)
        return self._remember(unit, kind, self.matcher.content(unit.text, cite=False))

    def _remember(self, unit: Unit, kind: str, found: SectionMatch) -> SectionMatch:
        """`found`, and in an own part the topic its words were placed on: a paragraph after
        it with no pointer of its own ("Vi begär att en inventering görs") goes on with it."""
        if kind in ("positions", "top") and found.number is not None and found.confidence >= 0.7:
            why = f"was placed by its words ({found.why})"
            self.cited_before[unit.heading] = SectionMatch(found.number, 0.6, "context", why)
        return found

    def _own_part_named(self, text: str) -> SectionMatch | None:
        """The section of the answer's own part whose heading a point names: a demand "att
        strandskyddet prövas" goes where the answer's part "1. Strandskydd" went."""
        # what the point is about stands at its head ("att strandskyddet prövas"); a name
        # further on places something ("att skötseln av dammen norr om Skebrovägen …")
        terms = [t for t in stems(text) if len(t) > 2 and t not in _HEAD_SKIPS][:_HEAD_WORDS]
        hits = [
            (title, match)
            for title, match in self.own_parts.items()
            if (named := {t for t in stems(title) if len(t) > 3})
            # "strandskyddet" names "Strandskydd": a stem begins the word as written
            and all(any(term.startswith(n) for term in terms) for n in named)
        ]
        if len({match.number for _, match in hits}) != 1:
            return None
        title, match = hits[0]
        return SectionMatch(
            match.number, 0.7, "own part", f"names the part {title!r} ({match.why})"
        )

    def _repeats(self, text: str) -> SectionMatch | None:
        """The section of the point the answer made earlier that a demand repeats: the
        earlier position on a section that shares the demand's rarest long words ("att en
        skyfallsanalys … tas fram" after "Vi kräver att en skyfallsanalys tas fram")."""
        words = _long_words(text)
        if not words:
            return None
        earlier = [(p, _long_words(" ".join(p.paragraphs))) for p in self._placed]
        held = {w: sum(1 for _, ws in earlier if w in ws) for w in words}
        scored = sorted(
            (
                (sum(1 / held[w] for w in words & ws), index, p)
                for index, (p, ws) in enumerate(earlier)
                if p.section is not None and words & ws
            ),
            key=lambda x: (-x[0], x[1]),
        )
        if not scored or scored[0][0] < 1 or (len(scored) > 1 and scored[1][0] == scored[0][0]):
            return None
        point = scored[0][2]
        return SectionMatch(
            point.section, 0.7, "own point", f"repeats an earlier point ({point.placed_by})"
        )

    def _stands(self, context) -> bool:
        """Whether a lead-in takes a stand its points share: asks, supports or opposes."""
        if context is None or context[0] == "reported":
            return False
        return self.reader.stance_class(context[2]) in (FOR, PARTLY, AGAINST, PROPOSAL)

    def _lead_in(self, unit: Unit, section: SectionMatch, stance: StanceGuess):
        if _REPORTING.match(unit.text.replace("*", "").lstrip()):
            return ("reported", section if section.number else None, stance.key)
        if _GENERAL.search(unit.text):
            return ("general", None, stance.key)
        if section.number is not None:
            return ("section", section, stance.key)
        return ("stance", None, stance.key)

    def _subtree(self, number: str | None) -> set[str]:
        numbers: set[str] = set()
        inside = False
        level = 0
        for section, ref in zip(self.sections, section_refs(self.sections), strict=True):
            if ref == number:
                inside, level = True, section.level
                numbers.add(ref)
            elif inside and section.level > level:
                numbers.add(ref)
            elif inside:
                break
        return numbers

    # Positions

    def _continues(self, unit, stance: StanceGuess, section: SectionMatch, out, scopes) -> bool:
        if not out or scopes[-1] != unit.heading:
            return False  # a position never runs on into another part
        previous = out[-1]
        if section.how in ("reference", "page") and section.number != previous.section:
            return False  # it cites a section of its own
        if self.marked and previous.part not in ("summing", "demands"):
            # Only a marked lead starts a position; the rest of its part goes with it. A
            # summary's points are each its own, marked or not.
            return not stance.lead or not unit.lead
        if unit.item or stance.key != FREE_TEXT or not previous.lead:
            return False
        if (
            section.nearest is not None
            and previous.section is not None
            and section.nearest not in self.matcher.kin(previous.section)
        ):
            return False  # its words lean to another section than the position before
        return section.number is None or section.number == previous.section

    def _position(self, unit: Unit, stance: StanceGuess, section: SectionMatch, kind: str):
        text = unit.text
        lead = ""
        if stance.lead and (not self.marked or unit.lead):
            lead = stance.lead
            text = _after_lead(text, lead)
        if unit.item:
            text = f"{unit.marker or '-'} {text}"
        key = stance.key
        if key == FREE_TEXT and (
            _ENDS_SENTENCE.search(unit.text.rstrip()) or len(unit.text.split()) >= 6
        ):
            key = "redogor"  # prose without a stand of its own: an account, neutral
        confidence = stance.confidence
        if key == "redogor" and (
            kind in ("frame", "title", "summing", "top")
            or unit.paragraph
            or section.how == "continues"
        ):
            # background is an account, and so is what a paragraph tells beside its stand or
            # goes on with after one (it was read with the stand before): nothing to confirm
            confidence = max(confidence, 0.75)
        doubt = ""
        if key == "redogor" and leans(text):
            # an account in words a view is often held in: the officer confirms it
            confidence = min(confidence, LEANING_ACCOUNT)
            doubt = "redogörelse med värderande ord"
        if key == "anser" and confidence >= SURE:
            # "Kommunen anser att …" says a view is held, not which way: what it holds had no
            # stand, need or fault the reader knows, so the class (a comment) is a guess
            confidence = min(confidence, OPEN_VIEW)
            doubt = "åsikt utan läst riktning"
        return ImportedPosition(
            section=section.number,
            stance=key,
            lead=lead,
            text=text,
            stance_confidence=round(confidence, 2),
            section_confidence=round(section.confidence, 2),
            paragraphs=[unit.text.replace("*", "")],
            placed_by=section.why or ("whole" if section.number is None else section.how),
            part=kind,
            doubt=doubt,
        )

    def _extend(self, position: ImportedPosition, unit: Unit) -> None:
        text = f"{unit.marker or '-'} {unit.text}" if unit.item else unit.text
        in_a_list = _LISTED_TEXT.match(position.text.lstrip())
        separator = "\n" if unit.item and in_a_list else "\n\n"
        position.text = f"{position.text}{separator}{text}" if position.text else text
        position.paragraphs.append(unit.text.replace("*", ""))


# Words too common in answers to plans to tell one point from another.
_COMMON = {
    "kommunen", "planområdet", "detaljplanen", "planbeskrivningen", "planförslaget",
    "föreningen", "fastigheten", "förslaget", "området", "granskning", "samrådet",
}  # fmt: skip


# The head of an "att …" point: its first words of weight, past "att", articles and the like.
_HEAD_WORDS = 4
_HEAD_SKIPS = {"att", "den", "det", "de", "ett", "en", "nya", "ny", "nytt", "för", "även", "också"}

# A paragraph that says whether the remiss should be adopted speaks of all of it: "men planen
# bör inte antas förrän …", "Detaljplanen kan antas först när …".
_ADOPTION = re.compile(
    r"(?<![\wåäö])(?:(?:[\wåäö:-]+s|hela) )?(?:[\wåäö]*plan(?:en|förslaget)|förslaget|"
    r"planförslaget) (?:bör|ska|skall|kan|får|borde|skulle|måste)(?: [\wåäö]+)?? (?:inte |ej |"
    r"därför |alltså |först )*(?:antas|godtas|godkännas|tillstyrkas|vinna laga kraft)"
    r"(?![\wåäö])",
    re.I,
)


# The answerer on its own part in what follows, not on a section: "Föreningen vill bli
# underrättad om granskningen", "Vi ser fram emot att ta del av granskningshandlingen",
# "Vi står gärna till tjänst med uppgifter om …".
_PROCESS = re.compile(
    r"(?<![\wåäö])(?:vill (?:gärna |också )?(?:bli|hållas) (?:underrättad|informerad|"
    r"kontaktad|delaktig)\w*|ser fram emot (?:att (?:ta del av|få ta del av|delta|medverka|"
    r"fortsätta)|(?:en |ett )?fortsatt\w*)|står gärna till (?:tjänst|förfogande|buds)|"
    r"(?:deltar|medverkar|bidrar) gärna|vill gärna (?:delta|medverka|bidra)|önskar (?:delta|"
    r"medverka) i det fortsatta)(?![\wåäö])",
    re.I,
)


def _sums_up_the_remiss(text: str) -> bool:
    """A paragraph that sums the answer up ("Sammantaget är byalaget positivt till planen men
    …"), of the remiss itself: on the whole, though it closes a section's part."""
    flat = " ".join(text.replace("*", "").split())
    return bool(CONCLUDES.match(flat)) and bool(
        re.search(rf"(?<![\wåäö]){REMISS_NAMED}(?![\wåäö])", flat, re.I)
    )


@functools.lru_cache(maxsize=4096)
def _long_words(text: str) -> frozenset[str]:
    """The words of seven letters or more, cut to seven (a shared stem), less the common.
    Cached: `_repeats` asks again for every position placed so far at each demand, which
    made a long answer's reading grow with its square (725 kB: 11 s, 2.2 MB: 100 s)."""
    words = re.findall(r"[\wåäö:]+", text.casefold())
    return frozenset(w[:7] for w in words if len(w) >= 7 and w not in _COMMON)


def _peeled(unit: Unit) -> list[Unit]:
    """A paragraph with matter run into its edges ("(KN2026/00741) Kammarkollegiet har …",
    "… rimliga kostnader. http://…") as that matter and the paragraph, each a unit."""
    before, rest, after = peel(unit.text)
    if not before and not after:
        return [unit]
    pieces = [Unit(text, unit.heading) for text in before]
    pieces.append(Unit(rest, unit.heading, unit.item, unit.lead, marker=unit.marker))
    return pieces + [Unit(text, unit.heading) for text in after]


def _bare_lead_in(unit: Unit, stance: StanceGuess) -> bool:
    """A short lead-in with a stand and no object of its own: "Föreningen yrkar –",
    "Vi föreslår:"."""
    text = " ".join(unit.text.replace("*", "").split()).rstrip(" :–-")
    return (
        not unit.item
        and bool(stance.lead)
        and len(text.split()) < 6
        and len(text) <= len(stance.lead) + 2
    )


# The answer saying what it gives: "har följande synpunkter", "lämnar följande yttrande".
_OWN_ACCOUNT = re.compile(
    r"(?:har|lämnar|ger|avger|anför)(?: [\wåäö]+){0,3} följande (?:synpunkter|yttrande|"
    r"kommentarer|svar)",
    re.I,
)


def _sentence(text: str) -> bool:
    """One full sentence of six words or more: a capital first, a full stop last (after a
    closing quotation mark or parenthesis too: "… ”kan antas orsaka en viss påverkan”.")."""
    flat = " ".join(text.replace("*", "").split())
    return len(flat.split()) >= 6 and bool(re.match(r"[A-ZÅÄÖ].*[a-zåäö0-9][”\"»')]*[.!?]+$", flat))


def _closes(text: str) -> bool:
    """A closing formula or a signer's line ("Med vänliga hälsningar", "För styrelsen i
    Sjöbygdens vägförening"), never a sentence of the answer's that opens with "För" ("För
    oss som bor vid stränder är strandskyddet viktigt.")."""
    if not _CLOSING.match(text.rstrip(".")):
        return False
    return not (text[:4].casefold() == "för " and ends_a_sentence_of_its_own(text))


def _prose(text: str) -> bool:
    """A paragraph of sentences, not an entry of a list (a name, an address, a file)."""
    flat = " ".join(text.replace("*", "").split())
    return len(flat.split()) >= 10 and bool(re.search(r"[a-zåäö][.!?]$", flat))


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
    if not stance.lead or section.how in ("reference", "quote", "page"):
        return section
    rest = text.replace("*", "")[len(stance.lead) :].strip()
    if rest.startswith(("att ", "i att ", "till att ")) or not _WHOLE.match(rest):
        return section
    return SectionMatch(None, 0.75, "whole", "whole: its object is the remiss itself")


def _positions_part(title: str) -> bool:
    return bool(
        re.search(r"synpunkter|ställningstag|överväganden|bedömning|yttrande$", title, re.I)
    )


# Why a short line is skipped: as a letterhead's, a title's or a stray line's.
_SHORT_LINE_REASONS = ("brevhuvud och adress", "brevhuvud och rubrik", "rad utan mening")
# Why the lines were skipped that an answer's title or letterhead repeated is skipped as.
_TITLE_REASONS = ("brevhuvud och rubrik", "brevhuvud och adress")
# A sentence that opens by turning against what was said before ("Dock har kommunen …",
# "Ändå behandlar planbeskrivningen …"): part of a stand, not the background before one.
_TURNS_TO = re.compile(rf"(?:{TURNS})(?![\wåäö])", re.I)
# The remiss or what it would bring, named in a sentence after a criticism: it goes on with
# the criticism ("Planen saknar en trafikutredning. Husen ligger dessutom nära skolan.").
_OF_THE_PLAN = re.compile(
    r"(?<![\wåäö])(?:planen|planförslaget|detaljplanen|förslaget|förslagen|utredningen|"
    r"promemorian|betänkandet|exploateringen|bebyggelsen|byggnaderna|husen)(?![\wåäö])",
    re.I,
)
# Verbs of a view or a remark, which a lead-in to points opens with ("anser att:").
_VIEW_KEYS = {"anser", "understryker", "betonar", "framhaller", "vill_papeka", "konstaterar"}
# A lead-in to alternatives: "Antingen bör regeringen:" (the guide: neutral, each alternative
# its own class).
_ALTERNATIVES = re.compile(r"(?:antingen|endera|alternativt)(?![\wåäö])", re.I)
# The remiss itself named: "förslaget", "utredningens förslag till ny reglering",
# "detaljplanen", "Renmarkskommitténs delbetänkande".
REMISS_NAMED = (
    r"(?:(?:[\wåäö:-]+s|det|den|detta|denna|hela|samtliga|de) )?(?:föreslagna )?"
    r"(?:förslag(?:et|en)?|[\wåäö]*plan(?:en|förslaget)|planen|betänkandet|delbetänkandet|"
    r"utredningen|promemorian|remissen|strategin|programmet|remissförslaget|"
    r"lagförslaget|lagrådsremissen|[\wåäö]*förslaget)"
)
# A paragraph that sums up or concludes, by its opening words: "Sammanfattningsvis …",
# "Sammantaget …", "Mot bakgrund av ovanstående …", "Avslutningsvis …", "Vår slutsats är …".
CONCLUDES = re.compile(
    r"[\s\-–•*]*(?:sammanfattningsvis|sammantaget|summa summarum|avslutningsvis|"
    r"(?:mot bakgrund av|med hänvisning till|utifrån|av) (?:ovanstående|det ovan (?:anförda|"
    r"sagda)|ovan anförda|det anförda|det ovanstående|dessa skäl|ovanstående skäl|de skäl "
    r"som (?:anförts|redovisats) ovan)|(?:vår|min|[\wåäö:]+s) (?:samlade |sammantagna )?"
    r"(?:slutsats|bedömning|hållning|inställning) är)(?![\wåäö])",
    re.I,
)
