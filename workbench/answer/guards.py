"""Files that are no answer, refused before anything is read from them as one.

A file that is mostly the remiss's own text (the remiss itself, or a copy of it with a few
lines added) would become thousands of "positions"; an exported remissammanställning is our
own output, every answer in it at once. Both are refused with one Swedish line.
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
_COMPILATION_MARKS = (
    "remissammanställning",
    "sammanställningen redovisar per avsnitt",
    "inga / ej berört",
    "inga synpunkter eller ej berört",
)


def check_not_remiss(answer: AnswerText, remiss: Remiss) -> None:
    """Raise IngestError when `answer` is an exported compilation or mostly `remiss`'s text."""
    name = answer.source_name or "Filen"
    head = "\n".join(answer.lines[:40]).casefold()
    if _COMPILATION_MARKS[0] in head and any(mark in head for mark in _COMPILATION_MARKS[1:]):
        raise IngestError(
            f"{name} är en exporterad remissammanställning, inget svar; läs in remissvaren själva."
        )
    share = remiss_share(answer, remiss)
    if share >= REMISS_SHARE:
        raise IngestError(
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
