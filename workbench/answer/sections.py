"""Which section of the remiss a heading or a paragraph of an answer is about.

Explicit references win: "§ 6.4.3", "avsnitt 4.2", "avsnitten 6.3.2 och 6.4.3", "kapitel 4",
"s. 15" (through the page each section of the remiss starts on, as numbered on the page, when
its reader knew it), "nummer 7.2.2" and a section's title in quotation marks; a number the
remiss lacks ("7.22") is a guess at the section above it, after those cited as they stand. A
law reference is no section reference: "4 kap. 17 § PBL" and "7 kap. 18 c § miljöbalken" put
the number before the sign, a section reference after it.

A heading of the answer is the remiss's section of the same number only when the titles agree
too: an answer's own points "1. Strandskydd", "4. Trafik" are its own outline, not the plan's
chapters 1 and 4. Such a heading is matched by its title among the sections its part cites,
else by its title weighed with the text under it, else by that text among the sections its
title's words stand in (Swedish stems, the remiss sections' texts as the index). A paragraph
under no such heading maps only when its wording points at one section: it cites it, quotes
it (five words in a row from its text, or its whole title), uses two words of its title of
which one stands in no other section, or shares clearly more of the section's rarer words
than of any other's (two at least, or one of its title; the sections it stands in, its
subsections and those of its title elsewhere, as a plan's TRAFIK under its conditions and
again under its consequences, are no rivals, and a section that is only a heading hands the
paragraph to its likest subsection). The answer's own voice ("anser",
"följande synpunkter") and the words naming the remiss itself ("planförslaget") count for no
section. Anything less leaves it on the remiss as a whole, where the officer can move it.
Every match says why (`SectionMatch.why`), and the store keeps it.
"""

from __future__ import annotations

import difflib
import functools
import math
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from workbench.core.model import Section, normalise_number
from workbench.search.stemming import stem, stems

_STOP = {
    "och", "att", "det", "som", "en", "ett", "i", "på", "för", "med", "av", "till", "är", "den",
    "de", "om", "har", "kan", "ska", "skall", "inom", "samt", "eller", "även", "också", "från",
    "vid", "mot", "under", "över", "så", "sin", "sina", "sitt", "detta", "dessa", "denna", "vi",
    "man", "bör", "måste", "behöver", "mer", "fler", "alla", "andra", "annat", "bland", "där",
    "här", "men", "inte", "ej", "blir", "vara", "varit", "genom", "utan", "både", "viktigt",
    "viktig", "finns", "vilket", "vilka", "hur", "vad", "när", "ha", "få", "går",
}  # fmt: skip
# Words that tell nothing of which section a paragraph is about (weighed as none), though a
# quotation may hold them: function words, and the answer's own voice, rare in a remiss's
# text and so, where it has them, a false sign of one of its sections.
_NO_TOPIC = {
    "mellan", "dock", "därför", "vidare", "ännu", "redan", "såsom", "exempelvis", "antal",
    "kunna", "bättre", "olika", "samma", "sådana", "sätt", "vilken", "hela", "del", "delar",
    "vill", "bli", "kommer", "skulle", "kunde", "gör", "göra", "enligt", "därmed", "dessutom",
    "sedan", "efter", "innan", "dag", "idag", "fråga", "frågan", "frågor", "frågorna",
    "anser", "ser", "menar", "föreslår", "yrkar", "kräver", "begär", "önskar", "välkomnar",
    "tillstyrker", "avstyrker", "instämmer", "understryker", "betonar", "framhåller",
    "synpunkter", "synpunkt", "följande", "yttrande", "yttrar", "remissvar", "remissvaret",
    # the words an answer names the remiss itself by, whatever its sections are called
    "förslag", "förslaget", "planförslag", "planförslaget", "plan", "planen", "detaljplan",
    "detaljplanen", "planbeskrivning", "planbeskrivningen", "remiss", "remissen", "strategi",
    "strategin", "betänkande", "betänkandet", "promemoria", "promemorian",
}  # fmt: skip
# The stems of the words above: `_terms` holds stems ("andra" → "andr", "mellan" → "mell").
_STOP_STEMS = _STOP | _NO_TOPIC | {stem(w) for w in _STOP | _NO_TOPIC}
QUOTE_WORDS = 5
MATCHED_CHARS = 20_000  # of a paragraph, weighed to find its section (about 3 pages)


# Law references: the number stands before "kap." or "§" ("4 kap. 17 § PBL", "18 c §").
_LAW = re.compile(
    r"(?<![\w.])\d{1,3}\s*(?:[a-z]\s+)?kap\.?(?:\s*\d{1,3}\s*(?:[a-z]\s*)?§§?)?"
    r"|(?<![\w.§])\d{1,3}\s*(?:[a-z]\s*)?§§?(?:\s*\d+\s*st(?:\.|ycket)?)?",
    re.I,
)
_NUMBER = r"\d{1,2}(?:\.\d{1,3}){0,4}"
_LIST = rf"{_NUMBER}(?:\s*(?:,|och|samt|resp\.|–|-)\s*{_NUMBER})*"
_SIGN_REF = re.compile(
    rf"§§?\s*(?P<numbers>{_LIST})(?![\d])(?!\s*(?:st\b|st\.|stycket|p\b|p\.|punkt|första|"
    r"andra|tredje|fjärde))",
    re.I,
)
_WORD_REF = re.compile(
    r"(?:(?<![\wåäö])(?:avsnitt(?:et|en)?|kapitl?(?:et|en)?|kapitel|kap\.|rubrik(?:en)?|"
    rf"delavsnitt(?:et)?)\s+(?P<numbers>{_LIST}|[A-Z](?![\wåäö]))"
    # "punkt 3" is mostly the answer's own point; "punkt 4.2", "under 4.2" the remiss's
    rf"|(?<![\wåäö])(?:punkt(?:en|erna)?|under|nummer|nr\.?)\s+"
    rf"(?P<dotted>\d{{1,2}}(?:\.\d{{1,3}}){{1,4}}))"
    r"(?![\w.]\d)",
    re.I,
)
_PAGE_REF = re.compile(
    r"(?<![\wåäö])(?:s\.|sid\.|sidan|sidorna|sida)\s*(?P<first>\d{1,3})"
    r"(?:\s*(?:[–-]|och)\s*(?P<last>\d{1,3}))?(?![\d:])",
    re.I,
)
_QUOTE = re.compile(r"[„“”\"»«]([^„“”\"»«\n]{4,120}?)[“”\"»«]")


@dataclass(frozen=True)
class SectionMatch:
    number: str | None  # the section's number; None: the remiss as a whole
    confidence: float
    how: str = ""  # number, title, reference, quote, words, none
    why: str = ""  # in words, for the store: "cites § 6.4.3", "heading ≈ 6.4.3 Strandskydd"
    nearest: str | None = None  # on the whole, unsure: the section its words were nearest


# What every match of the patterns above holds: most paragraphs hold none, and a search for
# these words is much quicker than one for the patterns.
_MAY_LAW = re.compile(r"§|kap", re.I)
_MAY_CITE = re.compile(r"§|avsnitt|kap|rubrik|punkt|(?:under|nummer|nr\.?)\s+\d", re.I)
_MAY_CITE_PAGE = re.compile(r"s\.|sid", re.I)


def without_law_references(text: str) -> str:
    """`text` with law references blanked (same length): "4 kap. 17 § PBL" cites no section."""
    if not _MAY_LAW.search(text):
        return text
    return _LAW.sub(lambda m: " " * len(m.group(0)), text)


@dataclass
class _Indexed:
    section: Section
    title_terms: set[str]
    terms: Counter
    shingles: set[tuple[str, ...]]
    title_words: tuple[str, ...]
    flat_title: str = ""
    title_matcher: difflib.SequenceMatcher = field(default_factory=difflib.SequenceMatcher)


_MATCHERS: dict[tuple, SectionMatcher] = {}


UNNUMBERED = "§"


def section_refs(sections: Iterable[Section]) -> list[str]:
    """How the reader names the remiss's sections (`SectionMatch.number`): by number, and a
    section the remiss left unnumbered ("STRANDSKYDD" under 5.5 MILJÖ) by its place in the
    remiss, "§57": many share the empty number, and a position must land on its own."""
    return [s.number or f"{UNNUMBERED}{index}" for index, s in enumerate(sections)]


def matcher_for(sections: list[Section], title: str = "") -> SectionMatcher:
    """A matcher for a remiss's sections, made once for a batch of its answers (indexing the
    remiss's text is most of a matcher's cost)."""
    key = (title, tuple((s.number, s.title, s.level, s.body, s.page) for s in sections))
    if (held := _MATCHERS.get(key)) is None:
        if len(_MATCHERS) >= 8:
            _MATCHERS.clear()
        held = _MATCHERS[key] = SectionMatcher(sections, title)
    return held


class SectionMatcher:
    """`title`: the remiss's own title, whose words ("Life science-strategi") name the remiss as
    a whole and so say nothing about which section a paragraph is about."""

    def __init__(self, sections: Iterable[Section], title: str = "") -> None:
        self.sections = list(sections)
        refs = section_refs(self.sections)
        self._refs = {id(s): ref for s, ref in zip(self.sections, refs, strict=True)}
        self._by_ref = {ref: s for s, ref in zip(self.sections, refs, strict=True)}
        self._whole = set(_terms(title))
        self._by_number = {normalise_number(s.number): s for s in self.sections if s.number}
        self._cited: dict[str, tuple[SectionMatch, ...]] = {}
        self._indexed = [self._index(s) for s in self.sections]
        self._indexed_by_ref = {ref: e for e, ref in zip(self._indexed, refs, strict=True)}
        documents = len(self._indexed) or 1
        frequency: Counter = Counter()
        for entry in self._indexed:
            frequency.update(set(entry.terms))
        self._idf = {t: math.log((documents + 1) / (n + 0.5)) for t, n in frequency.items()}
        self._norms = [self._norm(entry.terms) for entry in self._indexed]
        # A section's own title words: words of its title that no other section's text holds
        # ("tvärvetenskaplig" in "4.4 Tvärvetenskaplig samverkan …"); a paragraph using one
        # speaks of that section by name.
        self._own_title_words = {
            t: self.ref(entry.section)
            for entry in self._indexed
            for t in entry.title_terms - self._whole
            if len(t) >= 6 and frequency[t] == 1
        }
        self._titles: dict[str, tuple[Section | None, float]] = {}  # `_best_title`'s answers
        self._kins: dict[int, set[int]] = {}  # `_kin`'s answers

    def ref(self, section: Section) -> str:
        """The name a match gives `section` (`section_refs`)."""
        return self._refs[id(section)]

    # Headings

    def heading(self, number: str, title: str, body: str = "") -> SectionMatch:
        """The section a heading of the answer stands for, or None with a confidence that it
        is none (an answer's own part: "Bakgrund", "Förvaltningens synpunkter"). `body`: the
        text under the heading, to match an own heading by its content."""
        cited = self.citations(title)
        if cited:
            first = cited[0]
            return SectionMatch(first.number, 0.95, "reference", f"heading {first.why}")
        if number:
            section = self._by_number.get(normalise_number(number))
            if section is not None and not title.strip():
                return SectionMatch(self.ref(section), 0.6, "number", f"heading {number}")
            if section is not None and title_similarity(title, section.title) >= 0.5:
                return SectionMatch(
                    self.ref(section), 0.97, "number", f"heading = {section.heading}"
                )
        if body.strip() and (placed := self._heading_in_cited(title, body)) is not None:
            return placed
        best, similarity = self._best_title(title)
        if best is not None and similarity >= 0.6:
            if body.strip() and similarity < 0.95:
                best, similarity = self._title_and_content(title, body, best, similarity)
            confidence = round(min(0.95, 0.45 + similarity / 2), 2)
            return SectionMatch(self.ref(best), confidence, "title", f"heading ≈ {best.heading}")
        if body.strip() and set(_terms(title)) - self._whole:
            # The part's text decides among the sections its title's words stand in.
            named = {
                self.ref(e.section)
                for e in self._indexed
                if (set(_terms(title)) - self._whole) & set(e.terms)
            }
            found = self.content(f"{title}\n{body}", within=named or None, cite=False)
            if found.number is not None and found.confidence >= 0.7 and named:
                if best is not None and self.ref(best) == found.number and similarity >= 0.3:
                    why = f"heading and content ≈ {best.heading}"
                    return SectionMatch(found.number, 0.8, "title", why)
                return SectionMatch(found.number, 0.7, "words", f"heading's part ≈ {found.why}")
        return SectionMatch(None, 0.8, "none", "own heading")

    def _heading_in_cited(self, title: str, body: str) -> SectionMatch | None:
        """The section an own heading stands for when the part cites the remiss: the one
        within the cited sections (they and their subsections) whose title is most like the
        heading's ("2. Dagvatten och översvämning" citing § 5.5 → DAGVATTEN under 5.5, not
        DAGVATTENLÖSNINGAR in chapter 6). None when no title there is like it."""
        cited = self.citations(body)
        if not cited:
            return None
        terms, flat = set(_terms(title)), _flat(title)
        best: tuple[float, int, Section, SectionMatch] | None = None
        for order, match in enumerate(cited):
            for index in self._subtree(match.number):
                entry = self._indexed[index]
                similarity = max(
                    _dice(terms, entry.title_terms),
                    difflib.SequenceMatcher(None, flat, entry.flat_title).ratio(),
                )
                if best is None or similarity > best[0]:
                    best = (similarity, order, entry.section, match)
        if best is None or best[0] < 0.5:
            return None
        similarity, _, section, match = best
        why = f"heading ≈ {section.heading}, which its part {match.why}"
        return SectionMatch(self.ref(section), round(min(0.9, 0.5 + similarity / 2), 2),
                            "title", why)  # fmt: skip

    def _title_and_content(
        self, title: str, body: str, best: Section, similarity: float
    ) -> tuple[Section, float]:
        """Among the sections whose titles are like an own heading's, the one whose text the
        part's text is most like, weighed with the titles' likeness: "5. Naturvärden" over
        ekar och tallar is NATUR (its text), not NATURVÅRD (its letters)."""
        terms = Counter(_terms(body))
        if not terms:
            return best, similarity
        scored = []
        for index, entry in enumerate(self._indexed):
            alike = title_similarity(title, entry.section.title)
            if alike < 0.5:
                continue
            content = max(self._cosine(terms, i) for i in self._subtree(self.ref(entry.section)))
            scored.append((alike, content, index, entry.section))
        top = max((content for _, content, _, _ in scored), default=0.0)
        if not scored or top <= 0:
            return best, similarity
        # the text's likeness relative to the likest's: a short part shares few words
        alike, _, _, section = max(
            scored, key=lambda x: (x[0] + 0.3 * x[1] / top + 2 * x[1], -x[2])
        )
        return section, alike

    def _subtree(self, ref: str | None) -> list[int]:
        """The indexes of the section named `ref` and of its subsections."""
        out: list[int] = []
        level = None
        for index, section in enumerate(self.sections):
            if level is None:
                if self.ref(section) == ref:
                    out.append(index)
                    level = section.level
            elif section.level > level:
                out.append(index)
            else:
                break
        return out

    # Citations

    def citations(self, text: str) -> list[SectionMatch]:
        """`_citations`, kept per text: a paragraph and each piece of it are asked again."""
        if (held := self._cited.get(text)) is None:
            held = self._cited[text] = tuple(self._citations(text))
        return list(held)

    def _citations(self, text: str) -> list[SectionMatch]:
        """The remiss's sections that `text` cites, in the order it cites them: by number
        after "§", "avsnitt", "kapitel"; by page ("s. 15"); by a title in quotation marks.
        A number the remiss lacks goes to its nearest section above ("6.4.3" → "6.4"), after
        the sections the paragraph cites as they stand ("under rubriken 7.22 Rättigheter …
        har nummer 7.2.2": 7.2.2 first). Only the first `MATCHED_CHARS` of a paragraph are
        looked at."""
        text = text[:MATCHED_CHARS]
        masked = without_law_references(text)
        found: list[tuple[int, SectionMatch]] = []
        numbered = ((_SIGN_REF, "§ "), (_WORD_REF, "")) if _MAY_CITE.search(masked) else ()
        for pattern, sign in numbered:
            for match in pattern.finditer(masked):
                label = match.group(0).split()[0] if not sign else "§"
                numbers = match["numbers"] or match.groupdict().get("dotted") or ""
                for number in re.split(r"\s*(?:,|och|samt|resp\.|–|-)\s*", numbers):
                    section = self._cited_number(number)
                    if section is not None:
                        said = f"{label} {number}".replace("§ ", "§ ")
                        why = f"cites {said}" + (
                            f" (→ {section.number})" if section.number != number else ""
                        )
                        # a number the remiss lacks ("7.22") is a guess at the section above
                        # it, behind any section the paragraph cites as it stands
                        exact = normalise_number(section.number) == normalise_number(number)
                        found.append((match.start() if exact else len(text) + match.start(),
                                      SectionMatch(self.ref(section), 0.95 if exact else 0.8,
                                                   "reference", why)))  # fmt: skip
        for match in _PAGE_REF.finditer(masked) if _MAY_CITE_PAGE.search(masked) else ():
            pages = match.group(0).strip()
            section = self._on_page(int(match["first"]))
            if section is not None:
                why = f"cites {pages} (→ {section.heading})"
                found.append((match.start(), SectionMatch(self.ref(section), 0.85, "page", why)))
            elif (section := self._only_one_with(text)) is not None:
                # The remiss's pages are not known: the words it quotes from that page are.
                why = f"cites {pages}; its words stand only in {section.heading}"
                found.append((match.start(), SectionMatch(self.ref(section), 0.75, "page", why)))
        for match in _QUOTE.finditer(text):
            section = self._titled(match.group(1))
            if section is not None:
                why = f"quotes the title {section.heading!r}"
                found.append((match.start(), SectionMatch(self.ref(section), 0.9, "title", why)))
        found.sort(key=lambda item: item[0])
        out: list[SectionMatch] = []
        for _, match in found:
            if all(m.number != match.number for m in out):
                out.append(match)
        return out

    def _cited_number(self, number: str) -> Section | None:
        parts = normalise_number(number).split(".")
        while parts:
            section = self._by_number.get(".".join(parts))
            if section is not None:
                return section
            parts = parts[:-1]
            if len(parts) < 1 or "." not in number:
                break
        return None

    def _only_one_with(self, text: str) -> Section | None:
        """The one section that holds the paragraph's rarest words: words of ten letters or
        more that stand in that section's text and in no other's."""
        hits: dict[str, int] = {}
        for term in set(_terms(text)) - self._whole:
            if len(term) < 10:
                continue
            holders = [self.ref(e.section) for e in self._indexed if term in e.terms]
            if len(holders) == 1:
                hits[holders[0]] = hits.get(holders[0], 0) + 1
        if len(hits) != 1:
            return None
        return self._by_ref.get(next(iter(hits)))

    def _on_page(self, page: int) -> Section | None:
        """The section the remiss is in at the top of `page`: the last to start on it or
        before. None when the remiss's pages are not known."""
        paged = [s for s in self.sections if s.page]
        if not paged:
            return None
        current = None
        for section in paged:
            if section.page <= page and (current is None or section.page >= current.page):
                current = section
        return current

    def _titled(self, quoted: str) -> Section | None:
        if len(_terms(quoted)) < 1 or len(quoted.strip()) < 5:
            return None
        best, similarity = self._best_title(quoted)
        if best is not None and similarity >= 0.85 and len(best.title) >= 5:
            return best
        return None

    def _best_title(self, title: str) -> tuple[Section | None, float]:
        """The section whose title is most like `title`, and how alike (remembered: a batch
        of answers to one remiss repeats its headings)."""
        if (held := self._titles.get(title)) is None:
            if len(self._titles) >= 4096:
                self._titles.clear()
            held = self._titles[title] = self._best_title_uncached(title)
        return held

    def _best_title_uncached(self, title: str) -> tuple[Section | None, float]:
        best, best_similarity = None, 0.0
        terms, flat = set(_terms(title)), _flat(title)
        for entry in self._indexed:
            similarity = _dice(terms, entry.title_terms)
            matcher = entry.title_matcher  # its title indexed once (SequenceMatcher's b)
            matcher.set_seq1(flat)
            # The letters' ratio only where its upper bounds could beat the best so far.
            if matcher.real_quick_ratio() > max(
                similarity, best_similarity
            ) and matcher.quick_ratio() > max(similarity, best_similarity):
                similarity = max(similarity, matcher.ratio())
            if similarity > best_similarity:
                best, best_similarity = entry.section, similarity
        return best, best_similarity

    # Paragraphs

    def content(self, text: str, within: set[str] | None = None, cite: bool = True) -> SectionMatch:
        """The section a paragraph speaks of, among `within` (numbers) when given: then the
        answer has said it is one of them, and the likeliest is taken (unsure). Only the first
        `MATCHED_CHARS` of the paragraph are weighed: what a paragraph is about shows early,
        and a paragraph of a megabyte (a file without breaks) would cost seconds each time."""
        text = text[:MATCHED_CHARS]
        if cite and (cited := self.citations(text)):
            return cited[0]
        entries = [
            (i, e)
            for i, e in enumerate(self._indexed)
            if within is None or self.ref(e.section) in within
        ]
        if not entries:
            return SectionMatch(None, 0.7, "none", "whole: no section to match")
        words = _words(text)
        shingles = set(_shingles(words))
        quoted = [(len(shingles & e.shingles), i, e) for i, e in entries if shingles & e.shingles]
        titled = [(i, e) for i, e in entries if _contains(words, e.title_words)]
        terms = Counter(_terms(text))
        scores = sorted(((self._cosine(terms, i), i, e) for i, e in entries), key=lambda x: -x[0])
        if quoted:
            quoted.sort(key=lambda x: -x[0])
            if len(quoted) == 1 or quoted[0][0] >= 2 * quoted[1][0]:
                section = quoted[0][2].section
                return SectionMatch(self.ref(section), 0.85, "quote", f"quotes {section.heading}")
        quoted_sections = {self.ref(e.section) for _, _, e in quoted} | {
            self.ref(e.section) for _, e in titled
        }
        if len(quoted_sections) > 1 and within is None:
            # it quotes several: the whole remiss
            return SectionMatch(None, 0.6, "several", "whole: quotes several sections")
        if len(titled) == 1:
            section = titled[0][1].section
            return SectionMatch(self.ref(section), 0.8, "title", f"names {section.heading}")
        top, best_index = scores[0][0], scores[0][1]
        # A section's own subsections and parents, and a section of the same title (a plan's
        # TRAFIK under its conditions and again under its consequences), share its words:
        # they are no rival to it.
        kin = self._kin(best_index)
        second = next((score for score, i, _ in scores[1:] if i not in kin), 0.0)
        best_index = self._holding(best_index, scores)
        best = self._indexed[best_index].section
        clear = top >= 0.2 and top >= 1.6 * second  # the words point at `best`
        named = self._named_by_title_words(terms, {self.ref(e.section) for _, e in entries})
        if named is not None and not (clear and self.ref(best) != self.ref(named)):
            why = f"uses the words of {named.heading}"
            return SectionMatch(self.ref(named), 0.7, "title", why)
        if within is not None and top > 0:
            return SectionMatch(self.ref(best), 0.6, "words", f"content ≈ {best.heading}")
        if clear and self._shares(terms, best_index) >= 2:
            # one word in common, not of its title ("beslut"), is a topic touched, not the
            # section's matter
            return SectionMatch(self.ref(best), 0.7, "words", f"content ≈ {best.heading}")
        # Nothing points clearly anywhere: the remiss as a whole, not a guess; unsure (queued
        # for the officer) when something nearly did.
        if top >= 0.12 and top >= 1.15 * second:
            why = f"whole: unclear (nearest {best.heading})"
            return SectionMatch(None, 0.5, "none", why, nearest=self.ref(best))
        return SectionMatch(None, 0.75, "none", "whole: no section named or matched")

    def kin(self, ref: str | None) -> set[str]:
        """The sections that share the matter of the section named `ref` (`_kin`), it too."""
        index = next((i for i, s in enumerate(self.sections) if self.ref(s) == ref), None)
        return set() if index is None else {self.ref(self.sections[i]) for i in self._kin(index)}

    def _kin(self, index: int) -> set[int]:
        """The sections that share a section's matter: its subsections, the sections it
        stands in, and those of the same title elsewhere in the remiss (remembered)."""
        if (held := self._kins.get(index)) is None:
            held = self._kins[index] = self._kin_uncached(index)
        return held

    def _kin_uncached(self, index: int) -> set[int]:
        ref = self.ref(self._indexed[index].section)
        kin = set(self._subtree(ref))
        level = self.sections[index].level
        for earlier in range(index - 1, -1, -1):
            if self.sections[earlier].level < level:
                kin.add(earlier)
                level = self.sections[earlier].level
        title = self.sections[index].title
        kin.update(
            i
            for i, entry in enumerate(self._indexed)
            if title_similarity(title, entry.section.title) >= 0.85
        )
        return kin

    def _holding(self, index: int, scores: list) -> int:
        """The section that holds the words a paragraph shares with a section that is only a
        heading ("6.5 TRAFIK" over 6.5.1 MOTORTRAFIK, 6.5.2 GÅNG- OCH CYKELTRAFIK): its
        likest subsection, when that is nearly as like; else the section itself."""
        if self.sections[index].body.strip():
            return index
        inside = set(self._subtree(self.ref(self.sections[index])))
        top = next(score for score, i, _ in scores if i == index)
        for score, i, _ in scores:
            if i != index and i in inside and score >= 0.75 * top and score > 0:
                return i
        return index

    def _named_by_title_words(self, terms: Counter, allowed: set[str]) -> Section | None:
        """The one section of `allowed` whose title the paragraph speaks in: two words of
        its title, one of which no other section holds ("tvärvetenskapliga … samverkan" for
        "4.4 Tvärvetenskaplig samverkan skapar lösningar …")."""
        words = set(terms)
        named = {
            ref
            for t in words
            if (ref := self._own_title_words.get(t)) is not None
            and ref in allowed
            and len(self._indexed_by_ref[ref].title_terms & words) >= 2
        }
        return self._by_ref[next(iter(named))] if len(named) == 1 else None

    def _shares(self, terms: Counter, index: int) -> int:
        """How many of the paragraph's words, weighed, the section's text holds, one more
        when one of them is of its title."""
        entry = self._indexed[index]
        shared = [t for t in terms if t in entry.terms and self._weight(t, 1) > 0]
        titled = any(_same_word(t, u) for t in shared for u in entry.title_terms)
        return len(shared) + (1 if titled else 0)

    def candidates(self, text: str, count: int = 2) -> list[str]:
        """The sections whose words a paragraph shares most, best first."""
        terms = Counter(_terms(text[:MATCHED_CHARS]))
        scores = sorted(
            ((self._cosine(terms, i), self.ref(e.section)) for i, e in enumerate(self._indexed)),
            key=lambda x: -x[0],
        )
        return [number for score, number in scores[:count] if score > 0]

    # Index

    def _index(self, section: Section) -> _Indexed:
        text = f"{section.title}\n{section.body}"
        words = _words(text)
        title_words = tuple(w for w in _words(section.title) if w not in _STOP)
        flat_title = _flat(section.title)
        return _Indexed(
            section,
            set(_terms(section.title)),
            Counter(_terms(text)),
            set(_shingles(words)),
            title_words if len(title_words) >= 3 else (),
            flat_title,
            difflib.SequenceMatcher(None, "", flat_title),
        )

    def _norm(self, terms: Counter) -> float:
        return math.sqrt(sum((self._weight(t, n)) ** 2 for t, n in terms.items())) or 1.0

    def _weight(self, term: str, count: int) -> float:
        if term in self._whole:
            return 0.0
        return (1 + math.log(count)) * self._idf.get(term, 0.0)

    def _cosine(self, terms: Counter, index: int) -> float:
        entry = self._indexed[index]
        dot = sum(
            self._weight(t, n) * self._weight(t, entry.terms[t])
            for t, n in terms.items()
            if t in entry.terms
        )
        norm = math.sqrt(sum(self._weight(t, n) ** 2 for t, n in terms.items())) or 1.0
        return dot / (norm * self._norms[index])


@functools.lru_cache(maxsize=4096)
def title_similarity(a: str, b: str) -> float:
    """How alike two headings are, 0–1: shared word stems, or the letters in order
    (remembered: a batch of answers to one remiss repeats its headings)."""
    dice = _dice(set(_terms(a)), set(_terms(b)))
    matcher = difflib.SequenceMatcher(None, _flat(a), _flat(b))
    if dice >= 1.0 or matcher.quick_ratio() <= dice:
        return dice  # the letters could not say more than the words do
    return max(dice, matcher.ratio())


def _same_word(a: str, b: str) -> bool:
    """Two stems of one word: equal, or one the other's start where the stemmer left an
    ending on ("strandskyddet", "strandskyd")."""
    return a == b or (min(len(a), len(b)) >= 5 and (a.startswith(b) or b.startswith(a)))


def _dice(terms_a: set[str], terms_b: set[str]) -> float:
    if not terms_a or not terms_b:
        return 0.0
    return 2 * len(terms_a & terms_b) / (len(terms_a) + len(terms_b))


def _flat(text: str) -> str:
    return " ".join(re.sub(r"[^\wåäö ]", " ", text.casefold()).split())


def _words(text: str) -> list[str]:
    return re.findall(r"[\wåäöéü]+", text.casefold())


def _terms(text: str) -> list[str]:
    return [s for s in stems(text) if len(s) > 2 and s not in _STOP_STEMS and not s.isdigit()]


def _shingles(words: list[str]) -> Iterable[tuple[str, ...]]:
    for i in range(len(words) - QUOTE_WORDS + 1):
        window = tuple(words[i : i + QUOTE_WORDS])
        if sum(1 for w in window if w not in _STOP) >= 3:
            yield window


def _contains(words: list[str], phrase: tuple[str, ...]) -> bool:
    """The title's words, in order, within a short window of the paragraph."""
    if not phrase:
        return False
    text = " ".join(words)
    return " ".join(phrase) in " ".join(w for w in words if w not in _STOP) or (
        " ".join(phrase) in text
    )
