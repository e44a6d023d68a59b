"""A position's stance from its wording, with a confidence.

The vocabulary's verbs (workbench.core.stances) and the variants answers really write: "kan inte
tillstyrka", "har inget att erinra", "motsätter sig", "med förbehåll", "delar bedömningen",
"ställer sig bakom", "ser positivt på". A negation turns a verb of support into opposition
("tillstyrker inte", "delar inte bedömningen"). Where several stance phrases stand in one
paragraph, the one that opens it wins (the lead: "*Stockholms stad tillstyrker* … och
understryker …"), then the first one the organisation is the subject of, then the first one.

A phrase at the very start, after a subject of a few words, is the paragraph's lead: it is
returned apart (`lead`), so a position stores the organisation's own lead and its text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from workbench.core.model import Stance
from workbench.core.stances import FREE_TEXT, NO_COMMENTS, builtin_vocabulary

_ADVERB = (
    r"(?:också|även|därför|dock|vidare|återigen|särskilt|starkt|därmed|alltså|dessutom|"
    r"sammantaget|generellt|fortsatt|gärna|härmed|slutligen|inledningsvis|"
    r"sammanfattningsvis|avslutningsvis)"
)
# Between the words of a phrase an adverb may stand: "ser dock behov av", "vill också påpeka".
_GAP = rf"(?: {_ADVERB})* "
_NEGATION = r"(?:inte|ej|icke)"

# (pattern, stance key, base confidence). Keys are the built-in vocabulary's.
_PHRASES: list[tuple[str, str, float]] = [
    # against, negations first: they begin where the verb of support would
    (
        rf"kan {_NEGATION} (?:tillstyrka|ställa sig bakom|stödja|instämma i|acceptera)",
        "avstyrker",
        0.9,
    ),
    (rf"(?:tillstyrker|instämmer|välkomnar|stöder|stödjer|godtar) {_NEGATION}", "avstyrker", 0.85),
    (rf"ställer sig {_NEGATION} bakom", "avstyrker", 0.9),
    (
        rf"delar {_NEGATION} (?:bedömningen|uppfattningen|slutsatsen|synen|förslaget)",
        "avstyrker",
        0.85,
    ),
    (rf"ser {_NEGATION} positivt på", "avstyrker", 0.8),
    (rf"är {_NEGATION} positiva? till", "avstyrker", 0.8),
    (r"avstyrker", "avstyrker", 0.95),
    (r"motsätter sig(?! inte)", "avstyrker", 0.9),
    (r"avvisar", "avstyrker", 0.8),
    (r"avråder (?:från|ifrån)", "avstyrker", 0.8),
    (r"ställer sig (?:negativ|avvisande|kritisk)", "avstyrker", 0.85),
    (r"är (?:mycket |starkt )?(?:kritisk|kritiska|negativ|negativa) till", "avstyrker", 0.75),
    # partly
    (r"tillstyrker delvis", "tillstyrker_delvis", 0.95),
    (
        r"tillstyrker (?:i huvudsak|i stort|med (?:vissa |följande )?(?:förbehåll|reservation))",
        "tillstyrker_delvis",
        0.9,
    ),
    (
        r"(?:ställer sig|är) (?:delvis|i huvudsak|i stort sett) (?:positiv|positiva|bakom)",
        "tillstyrker_delvis",
        0.85,
    ),
    (r"med (?:vissa |följande |de )?(?:förbehåll|reservationer)", "tillstyrker_delvis", 0.75),
    (r"ställer sig tveksam", "tillstyrker_delvis", 0.6),
    # none
    (r"(?:har|lämnar) inga (?:synpunkter|invändningar|erinringar|kommentarer)", NO_COMMENTS, 0.9),
    (r"har inget att (?:erinra|invända|tillägga|anföra)", NO_COMMENTS, 0.9),
    (r"har ingen erinran", NO_COMMENTS, 0.9),
    (r"avstår från att (?:yttra sig|lämna synpunkter)", NO_COMMENTS, 0.85),
    # for
    (r"motsätter sig inte", "tillstyrker", 0.7),
    (r"tillstyrker", "tillstyrker", 0.95),
    (r"ställer sig bakom", "tillstyrker", 0.9),
    (r"stöder|stödjer", "tillstyrker", 0.75),
    (r"ställer sig (?:mycket )?positiv", "positiv", 0.95),
    (r"ser (?:mycket )?positivt på", "positiv", 0.9),
    (r"är (?:mycket )?positiva? till", "positiv", 0.85),
    (r"anser (?:det|detta) (?:vara )?(?:bra|positivt|värdefullt|välkommet)", "positiv", 0.8),
    (r"välkomnar", "valkomnar", 0.95),
    (r"instämmer", "instammer", 0.95),
    (r"delar (?:bedömningen|uppfattningen|slutsatsen|synen|utredningens)", "instammer", 0.9),
    # proposal
    (r"föreslår|vill föreslå", "foreslar", 0.9),
    (r"rekommenderar|förordar|förespråkar", "foreslar", 0.8),
    (r"ser (?:ett |vissa )?behov av", "foreslar", 0.7),
    (r"vilja (?:ha|se)|vill (?:ha|se)", "foreslar", 0.7),
    # comment
    (r"(?:vill )?understryk(?:er|a)", "understryker", 0.9),
    (r"(?:vill )?beton(?:ar|a)", "betonar", 0.9),
    (r"(?:vill )?framhåll(?:er|a)", "framhaller", 0.9),
    (r"vill påpeka", "vill_papeka", 0.9),
    (r"anser|bedömer|menar", "anser", 0.85),
    (r"konstaterar", "konstaterar", 0.85),
    (r"noterar", "noterar", 0.85),
    # weak: an evaluation without the organisation as its subject
    (r"är (?:mycket )?(?:relevanta?|bra|positivt|välkommet)", "positiv", 0.55),
    (r"(?:det är|är det) (?:mycket |särskilt )?viktigt att", "understryker", 0.5),
]
_WORD_END = r"(?![\wåäö])"
_START = r"(?<![\wåäö])"
# A subject opening a paragraph: one to six words, no sentence punctuation inside.
_SUBJECT = re.compile(r"^[\s\"'”*]*(?P<subject>[A-ZÅÄÖ][^.!?:;\n]{0,80}?) $")
_GENERIC_SUBJECTS = re.compile(
    r"(?:^|\s)(?:bolaget|förvaltningen|kommunen|staden|regionen|nämnden|styrelsen|myndigheten|"
    r"verket|vi|kommunstyrelsen|kommunstyrelsens förvaltning|länsstyrelsen|universitetet|"
    r"förbundet|kontoret)$",
    re.I,
)
# Instructions in a list of points ("Öka …", "Skapa …", "Se till att …") propose something.
_IMPERATIVE = re.compile(
    r"^(?:Öka|Skapa|Se till|Prioritera|Samarbeta|Kommunicera|Tillgängliggör|Inför|Utveckla|"
    r"Förtydliga|Tydliggör|Säkerställ|Stärk|Utred|Undersök|Ta fram|Inkludera|Beakta|Ändra|"
    r"Komplettera|Lägg till|Ta bort|Stryk|Överväg)\b"
)


LEAD_WEIGHT = 0.7  # weaker phrases ("är relevanta") never make a lead


@dataclass(frozen=True)
class StanceGuess:
    """The stance of a text: its key, how sure, the lead when it opens the text."""

    key: str
    confidence: float
    lead: str = ""  # "Stockholms stad välkomnar": subject and verb as written, when leading
    phrase: str = ""  # the stance phrase as written ("kan inte tillstyrka")


class StanceReader:
    """Reads stances; an organisation's own verbs ("ser positivt på") are read as its keys."""

    def __init__(self, own: Iterable[Stance] = ()) -> None:
        phrases = [
            (" ".join(re.escape(word) for word in s.verb.split()), s.key, 0.95)
            for s in own
            if s.verb.strip()
        ]
        phrases += _PHRASES
        builtin = builtin_vocabulary()
        self._classes = {s.key: s.stance_class for s in builtin}
        self._classes.update({s.key: s.stance_class for s in own})
        self._patterns = [
            (
                re.compile(rf"{_START}(?P<verb>{pattern.replace(' ', _GAP)}){_WORD_END}", re.I),
                key,
                weight,
            )
            for pattern, key, weight in phrases
        ]

    def stance_class(self, key: str) -> str:
        return self._classes.get(key, "none")

    def read(self, text: str, subjects: Iterable[str] = (), marked_lead: str = "") -> StanceGuess:
        """The stance of `text`. `subjects` name the organisation ("Locum", "Locum AB");
        `marked_lead` is an opening the source emphasised (italics), which is the lead."""
        plain = text.replace("*", "")
        matches = self._matches(plain)
        guess = self._guess(plain, matches, subjects, marked_lead)
        return self._qualified(guess, plain, matches)

    def _qualified(self, guess: StanceGuess, plain: str, matches) -> StanceGuess:
        """Support with a reservation is partial: "tillstyrker … med förbehåll för …", or
        support and opposition in one paragraph."""
        if self.stance_class(guess.key) != "for":
            return guess
        classes = {self.stance_class(key) for _, _, key, weight, _ in matches if weight >= 0.7}
        if "partly" in classes or "against" in classes:
            confidence = round(guess.confidence * 0.85, 2)
            return StanceGuess("tillstyrker_delvis", confidence, guess.lead, guess.phrase)
        return guess

    def _guess(self, plain: str, matches, subjects, marked_lead: str) -> StanceGuess:
        subject_words = [s.casefold() for s in subjects if s.strip()]
        if marked_lead:
            inside = [m for m in matches if m[0] < len(marked_lead) + 2]
            if inside:
                start, end, key, weight, verb = inside[0]
                return StanceGuess(key, max(weight, 0.95), marked_lead, verb)
        if not matches:
            if _IMPERATIVE.match(plain.lstrip("- ")):
                return StanceGuess("foreslar", 0.6)
            return StanceGuess(FREE_TEXT, 0.6)
        first = matches[0]
        start, end, key, weight, verb = first
        opening = _SUBJECT.match(plain[:start])
        if weight >= LEAD_WEIGHT and opening and len(opening.group("subject").split()) <= 6:
            lead = plain[:end].strip(" \"'”")
            return StanceGuess(key, min(0.98, weight + 0.03), lead, verb)
        for start, _end, key, weight, verb in matches:
            before = plain[max(0, plain.rfind(".", 0, start) + 1) : start].strip().casefold()
            if _GENERIC_SUBJECTS.search(before) or any(before.endswith(s) for s in subject_words):
                return StanceGuess(key, round(weight * 0.85, 2), "", verb)
        start, end, key, weight, verb = first
        return StanceGuess(key, round(weight * 0.7, 2), "", verb)

    def _matches(self, text: str) -> list[tuple[int, int, str, float, str]]:
        """Every stance phrase: (start, end, key, weight, phrase), by start; at one start the
        longest phrase only ("tillstyrker delvis" over "tillstyrker")."""
        found: dict[int, tuple[int, int, str, float, str]] = {}
        for pattern, key, weight in self._patterns:
            for match in pattern.finditer(text):
                start, end = match.start("verb"), match.end("verb")
                held = found.get(start)
                if held is None or end > held[1]:
                    found[start] = (start, end, key, weight, match.group("verb"))
        ordered = sorted(found.values())
        # A phrase inside a longer one found at an earlier start ("tillstyrka" within
        # "kan inte tillstyrka") is part of it.
        kept: list[tuple[int, int, str, float, str]] = []
        for item in ordered:
            if kept and item[0] < kept[-1][1]:
                continue
            kept.append(item)
        return kept
