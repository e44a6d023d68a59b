"""Files that are no answer, refused before anything is read from them as one.

A file that is mostly the remiss's own text (the remiss itself, or a copy of it with a few
lines added) would become thousands of "positions"; an exported remissammanställning is our
own output, every answer in it at once. Both are refused with one Swedish line.

A referred document of another kind (another plan's planbeskrivning, a föreskrift, a
kommittédirektiv, a judgment) is read in, since its kind alone does not prove it is no
answer, but with a warning (`referred_document`): it opens as such a document does, under a
title naming its kind, and runs long.
"""

from __future__ import annotations

import functools
import re
from itertools import islice

from workbench.answer.read import AnswerText
from workbench.core.model import Remiss
from workbench.ingest import IngestError

SHINGLE = 8  # words in a row that make a passage the remiss's
REMISS_SHARE = 0.6  # of the answer's passages: above it, the file is the remiss's text
SHARE_WORDS = 200_000  # the answer's first words that decide its share (about 400 pages)

_WORD = re.compile(r"[\wåäöéü]+")
HEAD_LINES = 25
LONG = 30  # paragraphs: an answer this long is rare, a referred document seldom shorter
TITLE_WORDS = 10  # a title line has at most this many words
# The kinds of document a remiss refers, as their title names them.
_REFERRED_KINDS = re.compile(
    r"(?<![\wåäö])(?:planbeskrivning|samrådshandling|granskningshandling|utställningshandling|"
    r"plankarta|planprogram|betänkande av|statens offentliga utredningar|kommittédirektiv|"
    r"regeringens proposition|lagrådsremiss|föreskrifter|författningssamling|allmänna råd|"
    r"vägledning|domslut|dom)(?![\wåäö])",
    re.I,
)
# An answer's own kind, as its head names it ("Yttrande över föreskrifter om …").
_ANSWER_KINDS = re.compile(
    r"(?<![\wåäö])(?:yttrande|remissvar|remissyttrande|synpunkter|svar|tjänsteutlåtande|"
    r"skrivelse|protokollsutdrag|granskningsyttrande|samrådsyttrande|remiss)\w*",
    re.I,
)
_COMPILATION_MARKS = (
    "remissammanställning",
    "sammanställningen redovisar per avsnitt",
    "inga / ej berört",
    "inga synpunkter eller ej berört",
)


class NotAnAnswer(IngestError):
    """The file is no answer (an exported compilation, the remiss's own text): refused alone,
    and in a folder of answers left out with the reason while the others are read in."""


def check_not_remiss(answer: AnswerText, remiss: Remiss) -> None:
    """Raise NotAnAnswer when `answer` is an exported compilation or mostly `remiss`'s text."""
    name = answer.source_name or "Filen"
    head = "\n".join(answer.lines[:40]).casefold()
    if _COMPILATION_MARKS[0] in head and any(mark in head for mark in _COMPILATION_MARKS[1:]):
        raise NotAnAnswer(
            f"{name} är en exporterad remissammanställning, inget svar; läs in remissvaren själva."
        )
    share = remiss_share(answer, remiss)
    if share >= REMISS_SHARE:
        raise NotAnAnswer(
            f"{name} består till {share:.0%} av remissens egen text; det är inget svar"
            " (läs in remissen med 'remiss import', svaren med 'answer import')."
        )


def remiss_share(answer: AnswerText, remiss: Remiss) -> float:
    """The share of the answer's runs of `SHINGLE` words that stand in the remiss too, over
    its first `SHARE_WORDS` words (a sample that bounds the work on a huge file)."""
    found = islice(_WORD.finditer(answer.text.casefold()), SHARE_WORDS)
    words = [match.group() for match in found]
    if len(words) < 4 * SHINGLE:
        return 0.0
    theirs = _remiss_shingles(tuple((s.title, s.body) for s in remiss.sections))
    if not theirs:
        return 0.0
    ours = _shingles(words)
    return sum(1 for h in ours if h in theirs) / len(ours)


@functools.lru_cache(maxsize=4)
def _remiss_shingles(sections: tuple[tuple[str, str], ...]) -> frozenset[int]:
    """The remiss's runs of `SHINGLE` words, hashed: made once for a batch of its answers."""
    theirs: set[int] = set()
    for title, body in sections:
        theirs.update(_shingles(_WORD.findall(f"{title} {body}".casefold())))
    return frozenset(theirs)


def _shingles(words: list[str]) -> list[int]:
    """Each run of `SHINGLE` words in `words`, hashed."""
    return list(map(hash, zip(*(words[i:] for i in range(SHINGLE)), strict=False)))


def referred_document(answer: AnswerText) -> str:
    """A warning, in Swedish, when `answer` opens as a referred document does (a title line
    naming its kind, "PLANBESKRIVNING", "Kommittédirektiv", "DOM", before any word naming
    an answer) and runs long; "" otherwise."""
    if len(answer.units) < LONG:
        return ""
    for line in answer.lines[:HEAD_LINES]:
        if _ANSWER_KINDS.search(line):
            return ""
        kind = _REFERRED_KINDS.search(line)
        if kind and len(line.split()) <= TITLE_WORDS:
            return (
                "Filen ser ut att vara en remisshandling, inte ett svar: den inleds med"
                f" ”{' '.join(line.split())}” och har {len(answer.units)} stycken. Kontrollera"
                " att rätt fil lästs in."
            )
    return ""
