"""Guesses of a remiss's metadata from its text: title, sender, sender's dnr, reply-by date.

They are shown to the officer to confirm (the import dialog, `remiss import` options); nothing
here is stored without that.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter

from workbench.ingest.result import MetadataGuess

MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("januari", "jan"),
            ("februari", "feb"),
            ("mars", "mar"),
            ("april", "apr"),
            ("maj",),
            ("juni", "jun"),
            ("juli", "jul"),
            ("augusti", "aug"),
            ("september", "sep", "sept"),
            ("oktober", "okt"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}
_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))

# RS 2019-0751, KS 2024/123, Fi2023/01234, N2015/08441/RS, LOC 2020-0809, KS 2013-389
DNR_RE = re.compile(
    r"\b(?P<dnr>[A-ZÅÄÖ][A-Za-zÅÄÖåäö]{0,5}[ .]?(?:19|20)\d\d[-/:.]\d{1,6}(?:[-/][A-Z0-9]{1,8})?)\b"
)
_DNR_LABEL = re.compile(
    r"(?:\bdnr|diarienummer|diarienr|ärendenummer|ärendebeteckning|beteckning|vår referens)"
    r"\.?:?\s*(?P<value>[^\n]{3,40})",
    re.I,
)
_REPLY_BY = re.compile(
    r"(?:senast|sista dag(?:en)? för (?:svar|yttrande|remissvar)[^0-9\n]{0,20}?)"
    r"(?:\s+(?:den|dagen|på|till))?\s*"
    r"(?:(?P<iso>\d{4}-\d{2}-\d{2})|(?P<day>\d{1,2})\s*(?P<month>" + _MONTH + r")\.?"
    r"(?:\s+(?P<year>\d{4}))?)",
    re.I,
)
_SENDER = re.compile(
    r"\b(?P<name>Region [A-ZÅÄÖ][a-zåäö]+(?:[ -][A-ZÅÄÖ][a-zåäö]+)?|[A-ZÅÄÖ][a-zåäö]+ kommun"
    r"|[A-ZÅÄÖ][a-zåäö]+s stad|Länsstyrelsen i [A-ZÅÄÖ][a-zåäö]+(?: [A-ZÅÄÖ][a-zåäö]+)?"
    r"|Regeringskansliet|[A-ZÅÄÖ][a-zåäö]*departementet|[A-ZÅÄÖ][a-zåäö]+(?:verket|myndigheten"
    r"|inspektionen|styrelsen))\b"
)
_SENDER_LABEL = re.compile(r"^(?:avsändare|från|remittent)\s*:\s*(?P<name>.+)$", re.I | re.M)
_NOT_A_TITLE = re.compile(
    r"^(?:remiss(?:-pm)?|beslut|yttrande|tjänsteutlåtande|promemoria|pm|protokoll|innehåll"
    r"|innehållsförteckning|sammanfattning|dokumenttyp|bilaga \d+|till\b.*|ert dnr.*|dnr.*"
    r"|datum.*|sida \d.*|source:.*|kind:.*|(?:med )?vänliga? hälsning(?:ar)?.*)$",
    re.I,
)
_TITLE_PREFIX = re.compile(
    r"^(?:yttrande över |remiss(?: av| över)?:? |remissvar (?:på|över) )", re.I
)


def guess(text: str, preamble: list[str], title_hint: str = "") -> MetadataGuess:
    """Guesses from the text; the title from the lines before the part taken (`preamble`)."""
    head = text[:20000]
    return MetadataGuess(
        title=title_hint or guess_title(preamble),
        sender=guess_sender(text),
        sender_dnr=guess_dnr(head),
        reply_by=guess_reply_by(head),
    )


def guess_title(lines: list[str]) -> str | None:
    """The first line that reads like a title, among the first fifteen with text; a title in
    capitals runs on over a short line in capitals below it ("DETALJPLAN FÖR DEL AV
    FASTIGHET" over "SÄTILA 4:3"), and one cut after a word that ends no title ("Artskyddet
    i") over the next line."""
    texts = [" ".join(raw.replace("*", "").replace("#", "").split()) for raw in lines]
    texts = [text for text in texts if text][:15]
    for index, line in enumerate(texts):
        ends = _ENDS_AN_ABBREVIATION.sub("", line)  # "Håby 7:7 m.fl." ends no sentence
        if not 8 <= len(line) <= 160 or ends.endswith((".", ",", ";")) or ":" in line[:25]:
            continue
        if _NOT_A_TITLE.match(line) or DNR_RE.search(line) or not line[0].isupper():
            continue
        if sum(ch.isalpha() for ch in line) < 0.7 * len(line.replace(" ", "")):
            continue
        if line.isupper() and len(line.split()) <= 2:
            continue
        below = texts[index + 1] if index + 1 < len(texts) else ""
        if below and not (_NOT_A_TITLE.match(below) or _DOCUMENT_KIND.match(below)):
            capitals = line.isupper() and below.isupper() and len(below.split()) <= 3
            if capitals or _ENDS_UNFINISHED.search(line):  # "Artskyddet i" over its end
                line = f"{line} {below}"
        # "Remiss över X" is X; "Remiss om bryggor i Sjövik" is the title whole, not "om …".
        rest = _TITLE_PREFIX.sub("", line).strip()
        return (rest if rest[:1].isupper() or rest[:1].isdigit() else line) or None
    return None


_ENDS_AN_ABBREVIATION = re.compile(r"(?<![\wåäö])(?:m\.fl|m\.m|etc|bl\.a|t\.ex|resp)\.$", re.I)
# A title line cut after a word that cannot end one.
_ENDS_UNFINISHED = re.compile(
    r"(?<![\wåäö])(?:i|och|för|av|om|på|till|med|vid|mot|från|över|under|samt|en|ett|den|det)$",
    re.I,
)
# A line under a title that names the document's kind or stage, not more of its name.
_DOCUMENT_KIND = re.compile(
    r"^(?:planbeskrivning|plankarta|samrådshandling|granskningshandling|samråd|granskning|"
    r"utställning|antagandehandling|betänkande|promemoria|remiss)\b",
    re.I,
)


def guess_dnr(text: str) -> str | None:
    for match in _DNR_LABEL.finditer(text):
        if found := DNR_RE.search(match.group("value")):
            return found.group("dnr")
    found = DNR_RE.search(text)
    return found.group("dnr") if found else None


def guess_reply_by(text: str) -> dt.date | None:
    for match in _REPLY_BY.finditer(text):
        try:
            if match.group("iso"):
                return dt.date.fromisoformat(match.group("iso"))
            year = match.group("year") or _year_near(text, match.start())
            if year is None:
                continue
            return dt.date(int(year), MONTHS[match.group("month").lower()], int(match.group("day")))
        except ValueError:
            continue
    return None


def _year_near(text: str, position: int) -> str | None:
    years = re.findall(r"\b(20\d\d)\b", text[max(0, position - 3000) : position + 3000])
    return Counter(years).most_common(1)[0][0] if years else None


def guess_sender(text: str) -> str | None:
    if labelled := _SENDER_LABEL.search(text[:20000]):
        return labelled.group("name").strip()
    counts = Counter(match.group("name") for match in _SENDER.finditer(text))
    if not counts:
        return None
    return counts.most_common(1)[0][0]
