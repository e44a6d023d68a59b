"""The whole check of a response: spelling, klarspråk and consistency, in reading order.

`LanguageChecker` is made once per response (the remiss's words, the word lists) and then
checks the whole response (`check_response`) or one paragraph while typing (`marks`). Without
a dictionary the spelling check is skipped and the rest runs.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache
from pathlib import Path

from workbench.core.model import Organisation, Position, Remiss, Response, normalise_number
from workbench.core.stances import FREE_TEXT, Vocabulary, verb_for
from workbench.language import consistency, style
from workbench.language.dictionary import MISSING_MESSAGE, Dictionary
from workbench.language.findings import (
    AVOID,
    CONTRADICTION,
    DNR,
    LONG_SENTENCE,
    READABILITY,
    SPELLING,
    SUMMARY,
    SUMMARY_LINE,
    TEXT,
    UNKNOWN_SECTION,
    Finding,
    Report,
)
from workbench.language.spelling import Speller, context_words, document_names
from workbench.language.text import lix, lix_label

WORDS_FILE = Path(__file__).parent / "data" / "words.txt"
# The case fields that go out in the document, checked like a position's text.
RESPONSE_FIELDS: tuple[str, ...] = (
    "title",
    "summary",
    "case_description",
    "background",
    "decision_intro",
    "economic_consequences",
    "legal_consequences",
    "environmental_consequences",
    "closing",
)
_STOP = frozenset(
    [
        "och",
        "att",
        "som",
        "för",
        "med",
        "till",
        "på",
        "av",
        "det",
        "den",
        "de",
        "är",
        "en",
        "ett",
        "i",
        "om",
        "har",
        "inte",
        "kan",
        "ska",
        "bör",
        "vara",
        "även",
        "samt",
        "eller",
        "men",
        "så",
        "när",
        "där",
        "vilket",
        "vilka",
        "denna",
        "detta",
        "dessa",
        "sig",
        "sin",
        "sitt",
        "sina",
    ]
)


@cache
def builtin_words(path: Path = WORDS_FILE) -> frozenset[str]:
    """The supplement to the dictionary: words of Swedish public administration it lacks
    (each with its reason in the file)."""
    words = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        word = line.split("#", 1)[0].strip()
        if word:
            words.add(word.casefold())
    return frozenset(words)


class LanguageChecker:
    def __init__(
        self,
        dictionary: Dictionary | None,
        remiss: Remiss,
        organisation: Organisation,
        vocabulary: Vocabulary,
        word_list: Iterable[str] = (),
    ) -> None:
        self.dictionary = dictionary
        self.remiss = remiss
        self.organisation = organisation
        self.vocabulary = vocabulary
        self.word_list = {w.casefold() for w in word_list}
        self.context = context_words(
            remiss.title,
            remiss.sender,
            organisation.name,
            organisation.subject,
            organisation.city,
            organisation.deciding_body,
            *(f"{s.name} {s.title}" for s in organisation.signatories),
            *(f"{s.title} {s.body}" for s in remiss.sections),
        )
        self.speller = (
            Speller(dictionary, builtin_words() | self.word_list | self.context)
            if dictionary is not None
            else None
        )
        self.avoid = style.avoid_list()
        self._numbers = {normalise_number(s.number) for s in remiss.sections if s.number}
        self._paragraph_cache: dict[str, tuple[tuple[int, int, str], ...]] = {}

    def add_word(self, word: str) -> None:
        """A word added to the organisation's list takes effect at once."""
        self.word_list.add(word.casefold())
        if self.speller is not None:
            self.speller.accepted.add(word.casefold())
        self._paragraph_cache.clear()

    # While typing

    def marks(self, paragraph: str) -> tuple[tuple[int, int, str], ...]:
        """Spelling and avoid-words of one paragraph as (start, end, kind); cached by text."""
        cached = self._paragraph_cache.get(paragraph)
        if cached is None:
            found: list[tuple[int, int, str]] = []
            if self.speller is not None:
                found += [(s.start, s.end, SPELLING) for s in self.speller.misspelled(paragraph)]
            found += [(s.start, s.end, AVOID) for s, _ in self.avoid.find(paragraph)]
            cached = tuple(sorted(found))
            if len(self._paragraph_cache) > 2000:
                self._paragraph_cache.clear()
            self._paragraph_cache[paragraph] = cached
        return cached

    def suggestions(self, word: str) -> list[str]:
        if self.dictionary is None:
            return []
        return self.dictionary.suggest(word, self.context | self.word_list)

    # The whole response

    def check_response(
        self, response: Response, ignored: Iterable[tuple] = (), with_suggestions: bool = False
    ) -> Report:
        ignored = set(ignored)
        findings: list[Finding] = []
        sections = {s.id: s for s in self.remiss.sections}
        order = {s.id: index for index, s in enumerate(self.remiss.sections)}
        subject = self.organisation.subject_phrase
        by_section: dict[int | None, list[Position]] = {}
        for position in response.positions:
            by_section.setdefault(position.section_id, []).append(position)
        document: list[str] = []
        position_lix: dict[int | None, int] = {}
        lead_total = 0
        if self.speller is not None:
            self.speller.names = document_names(
                [p.text for p in response.positions]
                + [getattr(response, name, "") or "" for name in RESPONSE_FIELDS]
            )
        for key in sorted(by_section, key=lambda k: -1 if k is None else order.get(k, 0)):
            section = sections.get(key)
            where = {"section_id": key, "section": section.number if section else None}
            positions = sorted(by_section[key], key=lambda p: p.order)
            for rank, position in enumerate(positions, start=1):
                place = {**where, "position_id": position.id, "position": rank}
                lead = self.vocabulary.position_lead(position, subject).phrase
                lead_words = len(lead.split()) if position.stance != FREE_TEXT else 0
                document.append(position.text)
                lead_total += lead_words
                findings += self.check_position(position, lead_words, place)
                value = lix(position.text, lead_words)
                if value is not None:
                    position_lix[position.id] = value
        for name in RESPONSE_FIELDS:
            text = getattr(response, name, "") or ""
            if text.strip():
                document.append(text)
                place = {"section_id": None, "section": None, "field": name}
                findings += self._text_findings(text, 0, place)
        findings = [f for f in findings if f.ignore_key not in ignored]
        if with_suggestions:
            findings = [self.with_suggestions(f) for f in findings]
        whole = "\n\n".join(t for t in document if t.strip())
        return Report(
            findings,
            lix(whole, lead_total) if whole else None,
            "" if self.dictionary is not None else MISSING_MESSAGE,
            position_lix,
        )

    def with_suggestions(self, finding: Finding) -> Finding:
        if finding.kind == SPELLING and not finding.suggestions:
            return finding.at(suggestions=tuple(self.suggestions(finding.text)))
        return finding

    def check_position(self, position: Position, lead_words: int, place: dict) -> list[Finding]:
        found = self._text_findings(position.text, lead_words, {**place, "field": TEXT})
        stance_class = self.vocabulary.stance_class(position.stance)
        for span in consistency.contradicting(position.text, stance_class):
            said = verb_for(position, self.vocabulary)
            found.append(
                Finding(
                    CONTRADICTION,
                    f"Inledningen säger ”{said}” men texten säger ”{span.text}”: välj en annan"
                    " hållning (t.ex. tillstyrker delvis) eller dela ställningstagandet.",
                    span.text,
                    span.start,
                    span.end,
                    **place,
                    field=TEXT,
                )
            )
        if position.in_summary and position.summary_override.strip():
            line = position.summary_override
            found += self._text_findings(line, 0, {**place, "field": SUMMARY_LINE})
            message = self._summary_differs(position, line)
            if message:
                found.append(
                    Finding(SUMMARY, message, line, 0, len(line), **place, field=SUMMARY_LINE)
                )
        return found

    def _text_findings(self, text: str, lead_words: int, place: dict) -> list[Finding]:
        found: list[Finding] = []
        if self.speller is not None:
            for span in self.speller.misspelled(text):
                found.append(
                    Finding(
                        SPELLING,
                        f"”{span.text}” finns inte i ordlistan.",
                        span.text,
                        span.start,
                        span.end,
                        **place,
                    )
                )
        for span, entry in self.avoid.find(text):
            found.append(
                Finding(
                    AVOID,
                    style.avoid_message(entry, span.text),
                    span.text,
                    span.start,
                    span.end,
                    suggestions=entry.instead,
                    **place,
                )
            )
        for span, count in style.long_sentences(text, lead_words):
            found.append(
                Finding(
                    LONG_SENTENCE,
                    style.long_sentence_message(count),
                    span.text,
                    span.start,
                    span.end,
                    **place,
                )
            )
        if place.get("field") == TEXT:
            value = lix(text, lead_words)
            words = len(text.split()) + lead_words
            if value is not None and value > style.HARD_LIX and words >= style.MIN_LIX_WORDS:
                found.append(
                    Finding(
                        READABILITY,
                        f"LIX {value} ({lix_label(value)}): kortare meningar och ord gör"
                        " texten lättare.",
                        text[:60],
                        0,
                        len(text),
                        lix=value,
                        **place,
                    )
                )
        if self._numbers:
            for span in consistency.cited_sections(text):
                if normalise_number(span.text) not in self._numbers:
                    found.append(
                        Finding(
                            UNKNOWN_SECTION,
                            f"Remissen har inget avsnitt {span.text}.",
                            span.text,
                            span.start,
                            span.end,
                            **place,
                        )
                    )
        if self.remiss.sender_dnr:
            for span in consistency.miswritten_dnr(text, self.remiss.sender_dnr):
                found.append(
                    Finding(
                        DNR,
                        f"Remissens diarienummer skrivs ”{self.remiss.sender_dnr}”.",
                        span.text,
                        span.start,
                        span.end,
                        suggestions=(self.remiss.sender_dnr,),
                        **place,
                    )
                )
        return sorted(found, key=lambda f: (f.start, f.kind))

    def _summary_differs(self, position: Position, line: str) -> str:
        """A summary line whose verb takes another side than its position's stance, or that
        shares almost no words with the position any more."""
        own_class = self.vocabulary.stance_class(position.stance)
        lowered = line.casefold()
        for stance in self.vocabulary:
            verb = stance.verb.casefold()
            if not verb or stance.stance_class not in ("for", "against", "partly"):
                continue
            if re.search(rf"(?<!\w){re.escape(verb)}(?!\w)", lowered) and (
                stance.stance_class != own_class and own_class in ("for", "against", "partly")
            ):
                if stance.stance_class == "for" and "delvis" in lowered:
                    continue
                own = self.vocabulary.get(position.stance)
                return (
                    f"Sammanfattningen säger ”{stance.verb}” men ställningstagandet"
                    f" ”{own.verb if own else position.stance}”."
                )
        from workbench.search.stemming import stem

        subject_words = {w.casefold() for w in self.organisation.subject_phrase.split()}
        wanted = {
            stem(w)
            for w in re.findall(r"[^\W\d_]{4,}", lowered)
            if w not in _STOP and w not in subject_words
        }
        verbs = {stem(v) for s in self.vocabulary for v in s.verb.casefold().split()}
        wanted -= verbs
        if len(wanted) < 3:
            return ""
        have = {stem(w) for w in re.findall(r"[^\W\d_]+", position.text.casefold())}
        share = len(wanted & have) / len(wanted)
        if share < 0.3:
            return (
                "Sammanfattningsraden har få ord gemensamma med ställningstagandet"
                f" ({round(share * 100)} %): stämmer den fortfarande?"
            )
        return ""
