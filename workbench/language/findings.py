"""What the checks find: one `Finding` per word, phrase or sentence, and where it is."""

from __future__ import annotations

from dataclasses import dataclass, field, replace

SPELLING = "spelling"
LONG_SENTENCE = "long_sentence"
AVOID = "avoid"
READABILITY = "readability"
CONTRADICTION = "contradiction"
SUMMARY = "summary"
UNKNOWN_SECTION = "unknown_section"
DNR = "dnr"
KINDS: tuple[str, ...] = (
    SPELLING,
    LONG_SENTENCE,
    AVOID,
    READABILITY,
    CONTRADICTION,
    SUMMARY,
    UNKNOWN_SECTION,
    DNR,
)
KIND_LABELS: dict[str, str] = {
    SPELLING: "Stavning",
    LONG_SENTENCE: "Lång mening",
    AVOID: "Krångligt ord",
    READABILITY: "Läsbarhet",
    CONTRADICTION: "Motsägelse",
    SUMMARY: "Sammanfattning",
    UNKNOWN_SECTION: "Okänt avsnitt",
    DNR: "Diarienummer",
}

# The fields a finding can sit in: a position's text and summary line, or a case field.
TEXT = "text"
SUMMARY_LINE = "summary_override"


@dataclass(frozen=True)
class Finding:
    """One thing to look at. `start`/`end` are offsets into the field's text (`field` of the
    position `position_id`, or of the response when that is None). `position` is the
    position's order in its section, from 1. Spelling suggestions are filled in on demand."""

    kind: str
    message: str
    text: str
    start: int = 0
    end: int = 0
    field: str = TEXT
    section_id: int | None = None
    section: str | None = None
    position_id: int | None = None
    position: int | None = None
    suggestions: tuple[str, ...] = ()
    lix: int | None = None

    @property
    def ignore_key(self) -> tuple[str, int | None, str, str]:
        """What "ignorera här" remembers: this kind of finding on this text, in this field of
        this position; it stays ignored while the text around it changes."""
        return (self.kind, self.position_id, self.field, self.text.casefold())

    def at(self, **where) -> Finding:
        return replace(self, **where)


@dataclass
class Report:
    """A response's findings in reading order, the LIX of the whole document and of each
    position (by position id; a position over 65 is also a `readability` finding)."""

    findings: list[Finding]
    lix: int | None
    dictionary_missing: str = ""
    position_lix: dict[int | None, int] = field(default_factory=dict)

    def count(self, kind: str | None = None) -> int:
        return sum(1 for f in self.findings if kind is None or f.kind == kind)
