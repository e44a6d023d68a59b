"""What is specific to a remissvar: does the text say what its lead says, does a summary line
still match its position, does a cited section exist, is the sender's dnr written as the
remiss writes it."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from workbench.language.text import Span

NEGATIONS = frozenset({"inte", "ej", "icke", "aldrig", "knappast"})
# What a text in favour should not say, and what a text against should not say.
AGAINST_WORDING = (
    "kan inte godtas",
    "inte kan godtas",
    "kan inte accepteras",
    "inte kan accepteras",
    "kan inte tillstyrkas",
    "kan inte tillstyrka",
    "kan inte ställa sig bakom",
    "ställer sig inte bakom",
    "kan inte stödja",
    "stödjer inte",
    "avstyrker",
    "avstyrks",
    "motsätter sig",
    "ställer sig negativ",
    "ställer sig kritisk",
    "avvisar",
    "tar avstånd från",
    "bör inte genomföras",
    "ska inte genomföras",
    "bör avslås",
    "är emot förslaget",
)
FOR_WORDING = (
    "tillstyrker",
    "tillstyrks",
    "ställer sig positiv",
    "ställer sig bakom",
    "välkomnar",
    "instämmer",
    "stödjer förslaget",
    "ser positivt på",
)


def _phrase_re(phrases: Iterable[str]) -> re.Pattern[str]:
    alternatives = "|".join(re.escape(p) for p in sorted(phrases, key=len, reverse=True))
    return re.compile(rf"(?<![\w])(?:{alternatives})(?![\w])", re.IGNORECASE)


_AGAINST_RE = _phrase_re(AGAINST_WORDING)
_FOR_RE = _phrase_re(FOR_WORDING)


def contradicting(text: str, stance_class: str) -> Iterator[Span]:
    """Wording that says the opposite of a lead in favour (or against)."""
    if stance_class == "for":
        pattern = _AGAINST_RE
    elif stance_class == "against":
        pattern = _FOR_RE
    else:
        return
    for match in pattern.finditer(text):
        before = text[: match.start()].split()[-2:]
        if pattern is _FOR_RE and any(w.casefold() in NEGATIONS for w in before):
            continue  # "kan inte ställa sig bakom" agrees with avstyrker
        yield Span(match.start(), match.end(), match.group())


# "avsnitt 4.1", "avsnitten 4.1 och 4.3", "kapitel 5", "kap. 3"
_CITED_RE = re.compile(
    r"\b(?:avsnitt(?:et|en)?|kapitl(?:et|en)|kapitel|kap\.)\s+"
    r"((?:\d+(?:\.\d+)*)(?:\s*(?:,|och|samt|eller|–|-)\s*\d+(?:\.\d+)*)*)",
    re.IGNORECASE,
)
_NUMBER_RE = re.compile(r"\d+(?:\.\d+)*")
# A citation of another document: "avsnitt 4 i SOU 2020:3", "3 kap. 2 §".
_ELSEWHERE_RE = re.compile(
    r"^\.?\s*(?:\d*\s*§|i\s+(?:SOU|Ds|prop|propositionen|betänkandet|lagen|förordningen|"
    r"bilaga|promemorian|direktiven|rapporten|[A-ZÅÄÖ]{2,}))",
)


def cited_sections(text: str) -> Iterator[Span]:
    """Each section number the text cites as the remiss's own."""
    for match in _CITED_RE.finditer(text):
        if _ELSEWHERE_RE.match(text[match.end() : match.end() + 30]):
            continue
        base = match.start(1)
        for number in _NUMBER_RE.finditer(match.group(1)):
            yield Span(base + number.start(), base + number.end(), number.group())


# A diarienummer: an optional letter prefix, a year or series, a separator, a serial number.
_DNR_RE = re.compile(
    r"(?<![\w-])(?:([A-ZÅÄÖ][A-Za-zÅÄÖåäö]{0,7})\.?\s?)?(\d{2,4})\s?([-/:])\s?(\d{1,6})(?![\w-])"
)


def _dnr_parts(dnr: str) -> tuple[str, str, str] | None:
    match = _DNR_RE.search(dnr)
    if match is None:
        return None
    prefix, year, _, serial = match.groups()
    return (prefix or "").casefold(), year, serial


def miswritten_dnr(text: str, sender_dnr: str) -> Iterator[Span]:
    """The sender's dnr written otherwise ("RS 2019-751", "RS 2019/0751", "SR 2019-0751",
    one digit off). Another dnr (ours, another case's) is left alone."""
    wanted = _dnr_parts(sender_dnr)
    if wanted is None:
        return
    prefix, year, serial = wanted
    exact = " ".join(sender_dnr.split())
    for match in _DNR_RE.finditer(text):
        written = match.group()
        if " ".join(written.split()) == exact:
            continue
        their_prefix, their_year, their_serial = (
            (match.group(1) or "").casefold(),
            *match.group(2, 4),
        )
        same_number = their_year == year and their_serial.lstrip("0") == serial.lstrip("0")
        near_number = their_year == year and _one_off(their_serial, serial)
        swapped_prefix = bool(their_prefix) and sorted(their_prefix) == sorted(prefix)
        if (
            same_number
            or (near_number and their_prefix == prefix)
            or (swapped_prefix and their_year == year and their_serial == serial)
        ):
            yield Span(match.start(), match.end(), written)


def _one_off(a: str, b: str) -> bool:
    """One digit changed, or two neighbours swapped."""
    if len(a) != len(b) or a == b:
        return False
    diff = [i for i in range(len(a)) if a[i] != b[i]]
    if len(diff) == 1:
        return True
    return (
        len(diff) == 2
        and diff[1] == diff[0] + 1
        and a[diff[0]] == b[diff[1]]
        and a[diff[1]] == b[diff[0]]
    )
