"""The answering organisation's own diarienummer, from its answer's letterhead.

An answer's head is full of numbers that are not the answerer's: the referred document's
("SOU 2021:25", "Ds 2022:22"), the ministry's dnr it quotes ("Er beteckning M2020/00205/Nm",
"Finansdepartementet Ref: Fi2020/00647/K"), the sender's ("Kommunens dnr: KS 2013-389"),
dates ("Onsala 2013-11-24"), and numbers cited in the text ("MÖD 2017:49", "SJVFS 2008:67").
The answerer's own stands in a labelled field of its letterhead ("Dnr KS 2020-000090",
"Diarienummer: KS 2025/0112", "Vår beteckning", a "Datum Ärendebeteckning" row with its values
on the line below) or on a line of its own ("TSG 2011-486"). Anything else is left empty for
the officer to fill in, never guessed from the text.
"""

from __future__ import annotations

import re

from workbench.answer.read import AnswerText
from workbench.core.model import Remiss

HEAD_LINES = 25
TAIL_LINES = 10  # a one-page answer may print its letterhead fields at the foot

_LABEL = re.compile(
    r"(?P<owner>\b[\wåäöÅÄÖ]+\s+)?"
    r"\b(?:dnr|diarie\w*|ärendenummer|ärendenr|ärendebeteckning|beteckning|referens|ref)\b\.?:?",
    re.I,
)
# A possessive before the label that makes the number someone else's: "Ert dnr", "Er
# beteckning", "Kommunens dnr", "Departementets referens". Ours: "Vår", "Vårt" or none.
_NOT_OURS = re.compile(r"^(?:er|ert|era|externt?|externa|\w+s)$", re.I)
_OURS = re.compile(r"^(?:vår|vårt|våra)$", re.I)
# Field names of a letterhead row ("Datum Ärendebeteckning") whose values stand below it.
_FIELD_NAMES = frozenset(
    [
        "datum",
        "vår",
        "vårt",
        "ert",
        "beteckning",
        "dnr",
        "diarienr",
        "diarienummer",
        "referens",
        "ärendenummer",
        "ärendebeteckning",
        "sida",
        "handläggare",
    ]
)
# What may stand before a label in a letterhead row: field names and the document's kind.
_ROW_WORDS = _FIELD_NAMES | frozenset(
    [
        "yttrande",
        "remissvar",
        "remissyttrande",
        "tjänsteutlåtande",
        "protokoll",
        "beslut",
        "skrivelse",
    ]
)
# A diarienummer: an optional short prefix, then digits with separators, four digits or more
# ("KS 2025/0112", "Ks/2015:34", "LOC 2020-0809", "3.1-4788-2026", "401-50227-2022").
_TOKEN = re.compile(
    r"(?<![\w/.:-])(?P<dnr>(?:[A-ZÅÄÖ][A-Za-zÅÄÖåäö]{0,5}[ ./-]?)?\d+(?:[-/:.]\d+)+"
    r"(?:[-/][A-Za-zÅÄÖåäö0-9]{1,8})?)(?![\w/-])"
)
_DATE = re.compile(r"(?:19|20)\d\d-[01]\d-[0-3]\d|[0-3]?\d[./][01]?\d[./](?:19|20)\d\d")
# Numbers of documents, not of a case: SOU, Ds, propositions, directives, judgments, the
# statute books (SFS, AFS, SJVFS …), reports ("R2013:09").
_SERIES = re.compile(
    r"^(?:SOU|Ds|Prop|Dir|MÖD|MD|NJA|HFD|RÅ|AD|R|PM|[A-ZÅÄÖ]{0,6}FS)[ .]?(?:19|20)\d\d", re.I
)
# A Regeringskansliet dnr: one to three letters glued to the year ("Fi2021/01486",
# "M2020/00205/Nm"): the ministry's case, which the answer quotes.
_MINISTRY = re.compile(r"^[A-ZÅÄÖ][A-Za-zÅÄÖåäö]{0,2}/?(?:19|20)\d\d/\d{2,6}(?:/[A-Za-z]{1,4})?$")


def own_dnr(answer: AnswerText, remiss: Remiss) -> str:
    """The answerer's own dnr as its letterhead gives it, else ""."""
    lines = answer.lines
    theirs = _squash(remiss.sender_dnr)
    places = list(range(min(HEAD_LINES, len(lines))))
    places += [i for i in range(max(len(lines) - TAIL_LINES, 0), len(lines)) if i not in places]
    for index in places:
        found = _labelled(lines, index, theirs, answer.furniture[:3])
        if found:
            return found
    for index in range(min(HEAD_LINES, len(lines))):
        found = _alone(lines[index], theirs)
        if found:
            return found
    return ""


def _labelled(lines: list[str], index: int, theirs: str, furniture: list[str]) -> str:
    """The number after a label of ours on line `index`, or on the next line where the label
    heads a row of fields ("Datum Ärendebeteckning" over "2023-01-31 401-50227-2022"); that
    row of values, repeated on every page, may have been taken out as page furniture."""
    line = lines[index]
    for label in _LABEL.finditer(line):
        owner = (label.group("owner") or "").strip()
        if owner and _NOT_OURS.match(owner) and not _OURS.match(owner):
            continue
        if not _starts_a_field(line[: label.start()]):
            continue  # "… och Dnr 2012/2980 (Skogsstyrelsen)": a number the text quotes
        after = line[label.end() :]
        found = _first_number(after, theirs)
        if found:
            return found
        if _only_field_names(after):
            for below in [*lines[index + 1 : index + 2], *furniture]:
                found = _first_number(below, theirs)
                if found:
                    return found
    return ""


def _starts_a_field(before: str) -> bool:
    """Whether a label stands where a letterhead field does: at the line's start, or after
    other fields of its row ("2020-12-22 Diarienr", "Vårt datum Vår beteckning")."""
    rest = _TOKEN.sub(" ", _DATE.sub(" ", before))
    words = re.findall(r"[A-Za-zÅÄÖåäö]{2,}", rest)
    return all(w.casefold() in _ROW_WORDS for w in words)


def _only_field_names(text: str) -> bool:
    """Whether what follows a label is only more field names ("Datum Ärendebeteckning", "Vår
    beteckning Er beteckning"): a row of fields whose values stand on the next line."""
    words = re.findall(r"[A-Za-zÅÄÖåäö]{3,}", text)
    return not _TOKEN.search(text) and all(w.casefold() in _FIELD_NAMES for w in words)


def _alone(line: str, theirs: str) -> str:
    """A line that is a number with its prefix and nothing else ("TSG 2011-486",
    "(KS 2021/77)"); a bare "2022-14" may be anything."""
    text = line.strip().strip("()[]").strip()
    match = _TOKEN.fullmatch(text)
    if not match or not text[:1].isalpha():
        return ""
    return match.group("dnr") if _is_a_case(match.group("dnr"), theirs) else ""


def _first_number(text: str, theirs: str) -> str:
    for match in _TOKEN.finditer(text):
        if _is_a_case(match.group("dnr"), theirs):
            return match.group("dnr")
    return ""


def _is_a_case(number: str, theirs: str) -> bool:
    digits = sum(ch.isdigit() for ch in number)
    return (
        digits >= 4
        and not _DATE.search(number)
        and not _SERIES.match(number)
        and not _MINISTRY.match(number)
        and _squash(number) != theirs
    )


def _squash(text: str) -> str:
    return text.replace(" ", "").casefold()
