"""What an import gives back: the parsed remiss, its parts, the metadata guesses, the error."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from workbench.core.model import Section
from workbench.errors import WorkbenchError


class IngestError(WorkbenchError):
    """A file that cannot be read as a remiss; the message is one Swedish line."""


@dataclass(frozen=True)
class Part:
    """One document inside the file: a run of headings whose numbering does not restart."""

    first: str
    last: str
    sections: int
    title: str = ""

    @property
    def span(self) -> str:
        """`1–4.5`, or the single number when first and last agree."""
        if self.first == self.last:
            return self.first or "–"
        return f"{self.first or '–'}–{self.last or '–'}"


@dataclass
class MetadataGuess:
    """What the file seems to say about itself; shown to the officer, never trusted silently."""

    title: str | None = None
    sender: str | None = None
    sender_dnr: str | None = None
    reply_by: dt.date | None = None


@dataclass
class ParsedRemiss:
    """A remiss file read into sections: the part taken, and every part found beside it."""

    sections: list[Section]
    parts: list[Part] = field(default_factory=list)
    part: int = 0
    guesses: MetadataGuess = field(default_factory=MetadataGuess)
    warnings: list[str] = field(default_factory=list)
    source_name: str = ""
    source_sha256: str = ""
