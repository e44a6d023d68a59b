"""The expected outlines in `remiss/*.toml`: reading them and checking that they are well formed.

A label file names its document (`document`, `folder` under `../shared`), says whether it is
held out (`held_out`: never tuned to, reported apart) and whether the document is a numbered one
(`numbered`), and lists `headings`, each `{ level, number, title }` in document order. A file
may take its headings from another (`same_outline_as`: the pdftotext sample of a PDF is the same
document) and may tell the harness to leave out the first lines of a text file (`skip_lines`:
the samples' own SOURCE:/KIND: lines). `[removed]` names, per kind, the text an importer may
legitimately leave out of every section (table of contents, running heads, page numbers, other
documents in the same file).
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
LABELS = Path(__file__).parent / "remiss"
SHARED = ROOT.parent / "shared"

_NUMBER = re.compile(r"^\d{1,2}(?:\.\d{1,3})*$")
_LETTER = re.compile(r"^[A-Z]$")
_LABELLED = re.compile(r"^(?:Bilaga|Del|Kapitel|Avsnitt|Bilaga\s+\d+\s+del)\s+\S+$", re.IGNORECASE)
REQUIRED = ("document", "folder", "held_out", "numbered")
KEYS = set(REQUIRED) | {
    "headings",
    "removed",
    "same_outline_as",
    "skip_lines",
    "checked_against",
    "notes",
    "not_headings",
    "scope",
}


@dataclass(frozen=True)
class Heading:
    level: int
    number: str
    title: str


@dataclass
class Expected:
    stem: str
    document: str
    folder: str
    held_out: bool
    numbered: bool
    headings: list[Heading]
    removed: dict[str, str] = field(default_factory=dict)
    skip_lines: int = 0

    @property
    def path(self) -> Path:
        return SHARED / self.folder / self.document


def raw(stem: str) -> dict:
    with (LABELS / f"{stem}.toml").open("rb") as handle:
        return tomllib.load(handle)


def load(stem: str) -> Expected:
    data = raw(stem)
    source = raw(data["same_outline_as"]) if "same_outline_as" in data else data
    return Expected(
        stem=stem,
        document=data["document"],
        folder=data["folder"],
        held_out=bool(data["held_out"]),
        numbered=bool(data["numbered"]),
        headings=[
            Heading(int(h["level"]), str(h["number"]), str(h["title"])) for h in source["headings"]
        ],
        removed=dict(data.get("removed", {})),
        skip_lines=int(data.get("skip_lines", 0)),
    )


def stems() -> list[str]:
    return sorted(path.stem for path in LABELS.glob("*.toml"))


def problems(stem: str) -> list[str]:
    """What is wrong with a label file; empty when it is well formed.

    Checked: the keys; the document's name matches the label file's; titles are non-empty, carry
    no stray spaces and do not repeat the number; levels start at 1 and never rise by more than
    one from one heading to the next; a number is a heading number (`4.1`, `A`, `Bilaga 2`); a
    dotted number's level is at least its depth (`4.1.2` is level 3 or deeper), its parent number
    (`4.1` for `4.1.2`) stands earlier in the document at a lower level, and it does not sit under
    a numbered heading of another branch; a chapter number (`4`) is never under a numbered heading.
    """
    data = raw(stem)
    found = []
    missing = [key for key in REQUIRED if key not in data]
    if missing:
        found.append(f"missing keys: {', '.join(missing)}")
    unknown = set(data) - KEYS
    if unknown:
        found.append(f"unknown keys: {', '.join(sorted(unknown))}")
    if "headings" in data and "same_outline_as" in data:
        found.append("both headings and same_outline_as")
    if "headings" not in data and "same_outline_as" not in data:
        found.append("no headings")
    if "same_outline_as" in data and not (LABELS / f"{data['same_outline_as']}.toml").exists():
        found.append(f"same_outline_as names no label file: {data['same_outline_as']}")
    if found:
        return found
    if Path(data["document"]).stem != stem:
        found.append(f"document {data['document']} does not match the file name {stem}.toml")
    headings = load(stem).headings
    if not headings:
        found.append("no headings")
    chain: list[Heading] = []  # the open ancestors of the heading in hand
    levels_of: dict[str, list[int]] = {}  # number -> levels it has had so far
    for index, heading in enumerate(headings):
        where = f"heading {index + 1} ({heading.number} {heading.title})".replace("( ", "(")
        if not heading.title.strip():
            found.append(f"{where}: empty title")
        if heading.title != heading.title.strip() or "  " in heading.title:
            found.append(f"{where}: stray spaces in the title")
        if heading.level < 1:
            found.append(f"{where}: level below 1")
            continue
        previous = headings[index - 1].level if index else 0
        if heading.level > previous + 1:
            found.append(f"{where}: level {heading.level} right after level {previous}")
        chain = [h for h in chain if h.level < heading.level]
        number = heading.number
        if number and not (
            _NUMBER.match(number) or _LETTER.match(number) or _LABELLED.match(number)
        ):
            found.append(f"{where}: '{number}' is no heading number")
        if number and _NUMBER.match(number):
            depth = number.count(".") + 1
            holder = next((h for h in reversed(chain) if _NUMBER.match(h.number)), None)
            if heading.level < depth:
                found.append(f"{where}: level {heading.level} above its number's depth {depth}")
            if depth > 1:
                parent = number.rsplit(".", 1)[0]
                if not any(level < heading.level for level in levels_of.get(parent, [])):
                    found.append(f"{where}: its parent {parent} is not earlier at a lower level")
                if holder is not None and not number.startswith(holder.number + "."):
                    found.append(f"{where}: sits under {holder.number}, another branch")
            elif holder is not None:
                found.append(f"{where}: a chapter number under {holder.number}")
        if number and re.match(rf"^{re.escape(number)}\b", heading.title):
            found.append(f"{where}: the number is repeated in the title")
        levels_of.setdefault(number, []).append(heading.level)
        chain.append(heading)
    return found
