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
class Coverage:
    """Where the extracted text went: characters (white space not counted) kept in sections,
    and those removed, by name (table of contents, running heads, page numbers, other parts)."""

    extracted: int = 0
    kept: int = 0
    removed: dict[str, int] = field(default_factory=dict)

    @property
    def ratio(self) -> float:
        """Characters kept or removed by name, of those extracted: 1.0 when nothing is lost."""
        if not self.extracted:
            return 1.0
        return min(1.0, (self.kept + sum(self.removed.values())) / self.extracted)

    @property
    def kept_ratio(self) -> float:
        return min(1.0, self.kept / self.extracted) if self.extracted else 1.0

    @property
    def lost(self) -> int:
        return max(0, self.extracted - self.kept - sum(self.removed.values()))

    def summary(self) -> str:
        """One Swedish line: the share kept and, by name, what was removed."""
        # The share is of what was kept or removed by name, not of what is in the sections:
        # "100,0 %: 46327 av 61038 tecken" read as a sum that does not add up.
        line = (
            f"Täckning {_percent(self.ratio)}: av {self.extracted} lästa tecken står"
            f" {self.kept} i avsnitten"
        )
        gone = [f"{name} {count}" for name, count in self.removed.items() if count]
        if gone:
            line += "; borttaget: " + ", ".join(gone)
        if self.lost:
            line += f"; {self.lost} tecken i inget avsnitt"
        return line + "."


def _percent(ratio: float) -> str:
    return f"{ratio * 100:.1f} %".replace(".", ",")


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
    coverage: Coverage = field(default_factory=Coverage)
