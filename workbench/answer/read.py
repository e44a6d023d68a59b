"""An answer file → its text: headings, and the paragraphs and list items under each.

The remiss readers of `workbench.ingest` do the format work (Word styles and numbering, PDF
text layers, Markdown marks, page furniture); this module keeps every heading of every part
(`document_headings`) and cuts the text between them into units: a paragraph, or one item of
a list. A unit remembers the emphasised opening its source gives it (a Word run in italics or
bold, Markdown `*…*`): an answer that sets its leads that way marks where its positions start.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from pathlib import Path

from workbench.core import markup
from workbench.ingest import IngestError, file_kind, read_file
from workbench.ingest.lines import Line, clean
from workbench.ingest.paragraphs import build_body, vocabulary_of
from workbench.ingest.text import document_headings

MAX_ANSWER_CHARS = 5 * 2**20  # characters of text: about 2,000 pages; answers run to 50
_MD_LEAD = re.compile(r"^\*(?=\S)([^*]{2,160}?)(?<=\S)\*(?=[\s,.:;]|$)")
_ITEM = re.compile(r"^(?:- |\d{1,3}[.)] )")


@dataclass
class AnswerHeading:
    number: str
    title: str
    level: int

    @property
    def text(self) -> str:
        return f"{self.number} {self.title}".strip()


@dataclass
class Unit:
    """A paragraph or one list item, in the workbench's markup.

    `heading` is the index in `AnswerText.headings` of the heading it stands under (None:
    before the first); `lead` the opening its source emphasises, without markup.
    """

    text: str
    heading: int | None = None
    item: bool = False
    lead: str = ""
    paragraph: str = ""  # a piece of a paragraph (`_by_stance`): the whole paragraph
    in_item: bool = False  # a piece of a list item after its first: the item goes on
    marker: str = ""  # a list item's own mark as the answer numbers it: "1)", "2." ("" a dash)


@dataclass
class AnswerText:
    headings: list[AnswerHeading] = field(default_factory=list)
    units: list[Unit] = field(default_factory=list)
    lines: list[str] = field(default_factory=list)  # every line with text, in order
    title_hint: str = ""
    source_name: str = ""
    source_sha256: str = ""
    flags: list[str] = field(default_factory=list)  # "tracked_changes", "comments"
    # Lines the reader left out as page furniture (running headers, page numbers, TOC lines)
    furniture: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # what the officer should know, Swedish

    @property
    def text(self) -> str:
        return "\n".join(self.lines)


def read_answer(path: Path, max_bytes: int = 100 * 2**20) -> AnswerText:
    """Read an answer (.docx, .pdf, .txt, .md). Raises IngestError with one Swedish line."""
    path = Path(path)
    kind = file_kind(path)
    data = read_file(path, max_bytes)
    styled = False
    title = ""
    revisions: tuple[list[str], list[str]] = ([], [])
    if kind == "pdf":
        from workbench.ingest.pdf import pdf_lines

        lines = pdf_lines(path, data)
    elif kind == "docx":
        from workbench.ingest.docx import docx_lines

        lines, styled, title = docx_lines(path, max_bytes, data)
    else:
        from workbench.ingest.plain import decode, text_lines

        decoded = decode(data)
        _check_length(len(decoded))
        lines = text_lines(decoded)
        del decoded
    _check_length(sum(len(line.text) for line in lines))
    if kind == "docx":  # after the length check: a refused file is not read once more
        revisions = word_revisions(data)
    answer = answer_text(lines, styled, title)
    answer.source_name = path.name
    answer.source_sha256 = hashlib.sha256(data).hexdigest()
    answer.flags, answer.notes = revisions
    return answer


def _check_length(characters: int) -> None:
    """Refuse an answer with more text than any answer has: the analysis weighs every
    paragraph against every section, and a file of 100 MB of text took minutes and 4 GB."""
    if characters > MAX_ANSWER_CHARS:
        raise IngestError(
            f"Filen har {characters / 2**20:.0f} MB text; ett svar läses bara in upp till"
            f" {MAX_ANSWER_CHARS // 2**20} MB text (det är troligen inget remissvar; dela annars"
            " upp filen)."
        )


def word_revisions(source: Path | bytes) -> tuple[list[str], list[str]]:
    """Tracked changes and comments in a Word file: flags and a note on each. The text read
    is the document with its changes accepted (inserted text in, deleted text out), which is
    how python-docx's runs and our reader see it."""
    import io
    import zipfile

    try:
        with zipfile.ZipFile(
            io.BytesIO(source) if isinstance(source, bytes) else source
        ) as archive:
            names = set(archive.namelist())
            inserted, deleted = _count_tags(archive, "word/document.xml", (b"<w:ins", b"<w:del"))
            comments = (
                archive.read("word/comments.xml").decode("utf-8", "replace")
                if "word/comments.xml" in names
                else ""
            )
    except (OSError, KeyError, zipfile.BadZipFile):
        return [], []
    flags, notes = [], []
    if inserted or deleted:
        flags.append("tracked_changes")
        notes.append(
            f"Word-filen har spårade ändringar ({inserted} infogade, {deleted} borttagna);"
            " texten är läst med ändringarna godkända."
        )
    count = len(re.findall(r"<w:comment\b", comments))
    if count:
        flags.append("comments")
        notes.append(
            f"Word-filen har {count} kommentar{'er' if count != 1 else ''}; de är inte lästa"
            " som en del av svaret."
        )
    return flags, notes


def _count_tags(archive, name: str, tags: tuple[bytes, ...]) -> list[int]:
    """How often each tag opens in a part (`<w:ins` as in `<w:ins w:id=…>`, not `<w:insideH`),
    read a megabyte at a time: a whole document.xml as text weighed twice the file's text
    beside its lines."""
    patterns = [re.compile(re.escape(tag) + rb"(?!\w)") for tag in tags]
    counts = [0] * len(tags)
    keep = max(len(tag) for tag in tags) + 1  # a tag and the byte after it
    buffer = b""
    with archive.open(name) as stream:
        while True:
            chunk = stream.read(2**20)
            buffer += chunk
            # Matches that start before `decided` have their next byte in the buffer; the
            # rest wait for the next chunk (or the end).
            decided = len(buffer) if not chunk else max(0, len(buffer) - keep)
            for index, pattern in enumerate(patterns):
                counts[index] += sum(1 for m in pattern.finditer(buffer) if m.start() < decided)
            buffer = buffer[decided:]
            if not chunk:
                return counts


def answer_text(lines: list[Line], styled: bool = False, title_hint: str = "") -> AnswerText:
    """Lines from a reader → headings and units."""
    raw = lines
    lines = clean(lines)
    kept = {id(line) for line in lines}
    # What the reader left out as page furniture, so the skipped list can name it.
    furniture = [
        " ".join(line.text.split()) for line in raw if not line.blank and id(line) not in kept
    ]
    if not any(not line.blank for line in lines):
        raise IngestError("Filen innehåller ingen text.")
    found = document_headings(lines, styled)
    vocabulary = vocabulary_of(lines)
    answer = AnswerText(
        headings=[AnswerHeading(h.number, h.title, h.level) for h in found],
        lines=[" ".join(line.text.split()) for line in lines if not line.blank],
        title_hint=title_hint,
        furniture=furniture,
    )
    bounds = [(None, 0, found[0].line if found else len(lines))]
    for index, heading in enumerate(found):
        stop = found[index + 1].line if index + 1 < len(found) else len(lines)
        bounds.append((index, heading.end, stop))  # type: ignore[arg-type]
    for heading, start, stop in bounds:
        if start >= stop:
            continue
        segment = lines[start:stop]
        leads = [line.lead for line in segment if line.lead]
        body = build_body(segment, vocabulary)  # type: ignore[arg-type]
        units: list[Unit] = []
        for chunk in markup.paragraphs(body):
            for text, item, marker in _pieces(chunk):
                if units and text[:1].islower() and not item:  # a line broken off its item
                    units[-1].text = f"{units[-1].text} {text}"
                else:
                    units.append(Unit(text, heading, item, _lead_of(text, leads), marker=marker))
        answer.units.extend(units)
    return answer


def _pieces(chunk: str) -> list[tuple[str, bool, str]]:
    """A chunk of markup as (text, is a list item, the item's own number): each item of a
    list on its own, its number kept ("1)", "2.": the answer's points are cited by them)."""
    pieces: list[tuple[str, bool, str]] = []
    for row in (row.strip() for row in chunk.split("\n")):
        if not row:
            continue
        if match := _ITEM.match(row):
            number = match.group().strip()
            pieces.append((row[match.end() :], True, "" if number == "-" else number))
        elif pieces:
            text, item, number = pieces[-1]
            pieces[-1] = (f"{text} {row}", item, number)
        else:
            pieces.append((row, False, ""))
    return pieces


def _lead_of(text: str, leads: list[str]) -> str:
    if match := _MD_LEAD.match(text):
        return " ".join(match.group(1).split())
    flat = " ".join(text.split())
    for lead in leads:
        if flat.startswith(lead) and len(lead) < len(flat):
            return lead
    return ""
