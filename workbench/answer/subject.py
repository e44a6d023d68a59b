"""The remiss an answer says it answers, against the remiss it is read in on.

An answer names what it answers in its head: "Remissvar gällande betänkandet En moderniserad
reglering … (SOU 2026:14)", "Yttrande över promemorian … (Fi2021/01486)". When the head names
a document by its number (SOU, Ds, proposition, a Regeringskansliet dnr) that stands nowhere in
the remiss, and the head's words do not carry the remiss's title either, the file was most
likely read in on the wrong remiss: the import warns, it does not refuse (the officer may mean
it, e.g. an answer to an earlier round of the same matter).

A numberless head is never judged: a title can be paraphrased, and a warning the officer learns
to ignore is worse than none.

An answer that completes the organisation's earlier one says so in its head too: a title
"Komplettering till samrådsyttrande" or "Kompletterande yttrande", a first sentence "Föreningen
kompletterar härmed sitt yttrande av den 10 februari". The compilation shows it beside the
earlier answer, whichever file was read in first.
"""

from __future__ import annotations

import functools
import re

from workbench.answer.read import AnswerText
from workbench.core.model import Remiss
from workbench.search.stemming import stems

HEAD_LINES = 15  # the answer's first lines: letterhead, subject, the references
HEAD_CHARS = 1500
TITLE_SHARE = 0.5  # of the remiss title's words that the head must carry to be the same

# A document's number: "SOU 2026:14", "Ds 2015:53", "prop. 2020/21:60", and the form of a
# Regeringskansliet dnr, "Fi2021/01486", "M2011/1516/Ma", "KN2026/00741" (letters glued to the
# year; a municipality's "KS 2021/123" is often the answerer's own and is not taken).
_NUMBER = re.compile(
    r"\b(?:SOU|Ds)\s?(?:19|20)\d\d:\d{1,3}\b|"
    r"\bprop(?:\.|osition)\s?(?:19|20)\d\d/\d\d:\d{1,3}\b|"
    r"(?<![\w/-])[A-ZÅÄÖ][A-Za-zÅÄÖåäö]{0,2}(?:19|20)\d\d/\d{3,5}(?:/[A-Za-zÅÄÖåäö]{1,4})?\b",
)
# Words of any remiss's title that say nothing of which remiss it is.
_GENERIC = frozenset(
    {
        "remiss",
        "remissen",
        "remissvar",
        "yttrande",
        "förslag",
        "förslaget",
        "promemoria",
        "promemorian",
        "betänkande",
        "betänkandet",
        "utredning",
        "utredningen",
        "rapport",
        "rapporten",
        "strategi",
        "strategin",
        "plan",
        "planen",
        "samråd",
        "samrådshandling",
        "granskning",
        "utställning",
        "detaljplan",
        "detaljplanen",
        "översiktsplan",
        "kommun",
        "kommunen",
        "region",
        "regionen",
        "ändringar",
        "ändring",
        "sverige",
        "svenska",
        "nationell",
        "nationella",
    }
)
_GENERIC_STEMS = frozenset(stems(" ".join(_GENERIC)))


def other_remiss(answer: AnswerText, remiss: Remiss) -> str:
    """A warning when `answer`'s head names another document than `remiss`, else ""."""
    head = "\n".join(answer.lines[:HEAD_LINES])[:HEAD_CHARS]
    numbers = list(dict.fromkeys(m.group() for m in _NUMBER.finditer(head)))
    if not numbers:
        return ""
    if _carries_title(head, remiss.title):
        return ""
    known = _known(remiss.title, remiss.sender_dnr, tuple(_remiss_texts(remiss)))
    if any(_squash(number) in known for number in numbers):
        return ""
    return (
        f"Svaret verkar gälla en annan remiss: det nämner {', '.join(numbers)}, som inte står"
        f" i ”{remiss.title}”; kontrollera att det lästs in på rätt remiss."
    )


# A title that names the answer a komplettering of an answer ("Komplettering till
# samrådsyttrande", "Komplettering av vårt remissvar", "Kompletterande yttrande"), or a sentence
# of the head saying the writer completes its own earlier one ("kompletterar härmed sitt
# yttrande", "kompletterar vårt tidigare remissvar"). "Planen bör kompletteras" is no such.
_COMPLETES = re.compile(
    r"^(?:komplettering (?:till|av) (?:\w+ ){0,2}?|kompletterande )"
    r"(?:\w*yttrande[t]?|remissvar(?:et)?|svar(?:et)?|synpunkter(?:na)?)\b|"
    r"\bkompletterar (?:härmed |härigenom |nu |därmed )?"
    r"(?:sitt|sina|vårt|våra|mitt|mina|tidigare|\w+s) (?:tidigare |ursprungliga )?"
    r"(?:\w*yttrande|remissvar|svar|synpunkter)\b",
    re.I | re.M,
)


def completes_earlier_answer(answer: AnswerText) -> bool:
    """Whether `answer`'s head says that it completes an earlier answer of its writer."""
    head = "\n".join(answer.lines[:HEAD_LINES])[:HEAD_CHARS]
    return _COMPLETES.search(head) is not None


@functools.lru_cache(maxsize=4)
def _known(title: str, dnr: str, texts: tuple[str, ...]) -> str:
    """The remiss's words squashed, once per remiss for a folder of answers."""
    return _squash(" ".join([title, dnr, *texts]))


def _remiss_texts(remiss: Remiss) -> list[str]:
    return [text for section in remiss.sections for text in (section.title, section.body)]


def _squash(text: str) -> str:
    """Case and spaces away: "SOU 2026:14" and "SOU2026:14" are one number."""
    return "".join(text.split()).casefold()


def _carries_title(head: str, title: str) -> bool:
    """Whether the head holds at least half of the title's telling words (by their search
    stems, so inflected forms count); a title with no telling word is not judged against."""
    wanted = {stem for stem in stems(title) if len(stem) >= 4} - _GENERIC_STEMS
    if not wanted:
        return True
    return len(wanted & set(stems(head))) >= TITLE_SHARE * len(wanted)
