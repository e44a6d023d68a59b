"""The seed answers written as the Word files their authors sent: paragraphs as the seed has
them, headings in heading styles where the seed has headings, lists as bulleted paragraphs,
`*italic*` spans (seed 001's leads) as italic runs.

The seeds are text extracted from the originals. Where the extraction kept blank lines between
paragraphs (seeds 000, 001, 004) a paragraph is a blank-line separated block with its lines
joined; seed 003 lost them, so a paragraph ends where a line ends a sentence (or lacks the
trailing space of a wrapped line) and the next starts with a capital, as the demo data reads it
(workbench/data/response_huddinge.toml). Used by the answer import tests and the benchmark.
"""

from __future__ import annotations

import re
from pathlib import Path

SEEDS = Path(__file__).parent / "fixtures" / "seeds"
BULLET = "\uf0a7"

# The seed's headings: line → heading level (0: Title style).
HEADINGS = {
    "000": {
        "Stockholm Business Regions förslag till beslut": 1,
        "Ärendet": 1,
        "Ärendets beredning": 1,
        "Bolagets analys och bedömning": 1,
    },
    "001": {
        "Life science-strategi för Stockholm-Uppsala-regionen": 0,
        "Sammanfattning": 1,
        "Ställningstaganden": 1,
        "1.1 Strategins syfte": 2,
        "1.2.2 Relationen mellan life science-klustret och strategin samt vilka som omfattas"
        " av strategin": 2,
        "A. Forskning och innovation": 3,
        "B. Tydlig identitet och en god internationell tillgänglighet": 3,
        "C. Hållbar utveckling och resiliens inom life science": 3,
        "D. Kompetensförsörjning och talangutveckling": 3,
        "E. Forskningsinfrastrukturer och testmiljöer": 3,
        "3.3.Norden – värdegemenskap och gemensam styrka": 2,
        "4.1 Utförande och uppföljning": 2,
    },
    "003": {
        "Strategier för Life science och forsknings- och utveckling – svar på remiss från"
        " Region Stockholm": 0,
        "Förslag till beslut": 1,
        "Kommunstyrelsens beslut": 2,
        "Sammanfattning": 1,
        "Beskrivning av ärendet": 1,
        "Life science-strategi": 2,
        "Forsknings- och utvecklingsstrategi": 2,
        "Förvaltningens synpunkter": 1,
        "Ekonomiska och juridiska konsekvenser": 1,
        "Bilagor": 1,
        "Beslutet ska skickas till": 1,
    },
    "004": {
        "Yttrande över remiss Life science strategi för Stockholmsregionen": 0,
        "Bakgrund": 1,
        "Överväganden": 1,
        "Ekonomiska konsekvenser": 1,
        "Miljökonsekvenser": 1,
    },
}


def seed_text(seed: str) -> str:
    text = next(SEEDS.glob(f"{seed}_*.txt")).read_text(encoding="utf-8")
    if seed == "004":  # the YTTRANDE part only: from its header to its signatory
        start = text.index("YTTRANDE\n")
        end = text.index("Verkställande direktör\n\nLife science-strategi") + len(
            "Verkställande direktör"
        )
        text = text[start:end]
    if seed == "001":  # bold headings glued by the extraction: "**A****B**" is two lines
        text = text.replace("****", "**\n\n**")
    return text


def seed_blocks(seed: str) -> list[tuple[str, str]]:
    """(kind, text) per paragraph: kind "title", "h1"–"h4", "p" or "bullet"."""
    headings = HEADINGS[seed]
    lines = seed_text(seed).split("\n")
    if seed == "003":
        return _unwrapped(lines, headings)
    blocks: list[tuple[str, str]] = []
    chunk: list[str] = []

    def flush() -> None:
        if chunk:
            blocks.append(("p", " ".join(line.strip() for line in chunk)))
            chunk.clear()

    for raw in lines:
        line = _plain_heading(raw.strip())
        if not line:
            flush()
        elif line in headings:
            flush()
            level = headings[line]
            blocks.append(("title" if level == 0 else f"h{level}", line))
        else:
            chunk.append(line)
    flush()
    return blocks


def _plain_heading(line: str) -> str:
    """ "**1.1 Strategins syfte**", "### C. Hållbar …" → the heading's text."""
    line = re.sub(r"^#{1,6}\s+", "", line)
    if line.startswith("**") and line.endswith("**") and len(line) > 4:
        line = line[2:-2]
    return line.strip()


def _unwrapped(lines: list[str], headings: dict[str, int]) -> list[tuple[str, str]]:
    blocks: list[tuple[str, str]] = []
    current: list[str] = []
    kind = "p"
    previous_raw = ""

    def flush() -> None:
        nonlocal current
        if current:
            blocks.append((kind, " ".join(current)))
        current = []

    joined = [line for line in lines]
    index = 0
    while index < len(joined):
        raw = joined[index]
        index += 1
        line = raw.strip()
        if not line:
            continue
        # A heading wrapped over two lines in the extraction.
        if index < len(joined) and f"{line} {joined[index].strip()}" in headings:
            line = f"{line} {joined[index].strip()}"
            index += 1
        if line in headings:
            flush()
            level = headings[line]
            blocks.append(("title" if level == 0 else f"h{level}", line))
            previous_raw = ""
            continue
        if line.startswith(BULLET):
            flush()
            kind, current = "bullet", [line[1:].strip()]
        elif current and (_ends(previous_raw) and line[:1].isupper()):
            flush()
            kind, current = "p", [line]
        elif current:
            if current[-1].endswith("-") and line[:1].islower():
                current[-1] += line
            else:
                current.append(line)
        else:
            kind, current = "p", [line]
        previous_raw = raw
    flush()
    return blocks


def _ends(raw: str) -> bool:
    """A line that ends a paragraph: it ends a sentence, or it lacks a wrapped line's space."""
    stripped = raw.strip()
    return stripped.endswith((".", ":")) or not raw.endswith(" ")


def write_answer_docx(path: Path, blocks: list[tuple[str, str]]) -> Path:
    import docx

    document = docx.Document()
    for kind, text in blocks:
        if kind == "title":
            document.add_heading(text, 0)
        elif kind.startswith("h"):
            document.add_heading(text, int(kind[1:]))
        else:
            paragraph = document.add_paragraph(style="List Bullet" if kind == "bullet" else None)
            for piece, italic in _spans(text):
                paragraph.add_run(piece).italic = italic or None
    document.save(str(path))
    return path


def write_seed_docx(seed: str, folder: Path, name: str | None = None) -> Path:
    return write_answer_docx(folder / (name or f"seed-{seed}.docx"), seed_blocks(seed))


def accept_offered(_path: Path, guess) -> str | None:
    """The officer, asked about an unsure sender, accepts the name the import offers: seed 003
    (Huddinge's tjänsteutlåtande) names its kommun only in passing, so the import asks."""
    return guess.name


def _spans(text: str) -> list[tuple[str, bool]]:
    spans, position = [], 0
    for match in re.finditer(r"(?<![\w*])\*(?=\S)(.+?)(?<=\S)\*(?![\w*])", text):
        if match.start() > position:
            spans.append((text[position : match.start()], False))
        spans.append((match.group(1), True))
        position = match.end()
    if position < len(text):
        spans.append((text[position:], False))
    return spans
