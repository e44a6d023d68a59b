"""The JSON sidecar the export writes beside a document (workbench/document/sidecar.py), read
back exactly: the organisation, every position with its section, stance, lead and text.

Nothing is guessed where the sidecar says it. Only a section number the remiss does not have
(the remiss was edited since) is looked up by title and queued for the officer, and an
organisation's own verb (`ser_positivt_pa`) is recreated from its lead ("Locum ser positivt
på") with its class.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from workbench.answer.analyse import ImportedPosition, ParsedAnswer
from workbench.answer.organisation import OrganisationGuess
from workbench.answer.sections import SectionMatcher
from workbench.answer.stance import StanceReader
from workbench.core.model import Remiss, Stance, normalise_number
from workbench.core.stances import COMMENT, STANCE_CLASSES, builtin_vocabulary, stance_key_for
from workbench.document.sidecar import FORMAT
from workbench.ingest import IngestError


def sidecar_beside(path: Path) -> Path | None:
    """The sidecar of a document: the .json with the same stem in the same folder."""
    candidate = Path(path).with_suffix(".json")
    return candidate if candidate.is_file() and candidate != Path(path) else None


def load_sidecar(path: Path) -> dict:
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8-sig"))
    except FileNotFoundError:
        raise IngestError(f"Filen {path} finns inte.") from None
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise IngestError(f"{Path(path).name} är ingen läsbar JSON-fil ({exc}).") from None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise IngestError(
            f"{Path(path).name} är ingen JSON-fil från Remiss Workbench (format {FORMAT})."
        )
    return data


def read_sidecar(data: dict, remiss: Remiss, source_name: str = "") -> ParsedAnswer:
    """A sidecar's answer to `remiss`; IngestError when it answers another remiss."""
    theirs = data.get("remiss") or {}
    dnr = (theirs.get("sender_dnr") or "").strip()
    if dnr and remiss.sender_dnr and dnr.casefold() != remiss.sender_dnr.strip().casefold():
        raise IngestError(
            f"{source_name or 'Svaret'} svarar på remiss {dnr}, inte på {remiss.sender_dnr}."
        )
    organisation = str(data.get("organisation") or "").strip()
    if not organisation:
        raise IngestError(f"{source_name or 'JSON-filen'} saknar organisation.")
    matcher = SectionMatcher(remiss.sections)
    numbers = {normalise_number(s.number): s.number for s in remiss.sections if s.number}
    builtin = builtin_vocabulary()
    reader = StanceReader()
    new_stances: dict[str, Stance] = {}
    positions: list[ImportedPosition] = []
    warnings: list[str] = []
    for entry in data.get("sections") or []:
        number = entry.get("number")
        section, confidence = None, 1.0
        if number is not None:
            section = numbers.get(normalise_number(str(number)))
            if section is None:
                found = matcher.heading("", str(entry.get("title") or ""))
                section, confidence = found.number, min(found.confidence, 0.5)
                warnings.append(
                    f"Avsnitt {number} finns inte i remissen"
                    + (f"; lagt på {section}." if section else "; lagt på remissen som helhet.")
                )
        for index, item in enumerate(entry.get("positions") or []):
            key = str(item.get("stance") or "fritext")
            lead = str(item.get("lead") or "")
            if key not in builtin and key not in new_stances:
                stance_class = entry.get("stance_class") if index == 0 else None
                new_stances[key] = _own_stance(key, lead, stance_class, reader)
            positions.append(
                ImportedPosition(
                    section=section,
                    stance=key,
                    lead=lead,
                    text=str(item.get("text") or ""),
                    stance_confidence=1.0,
                    section_confidence=confidence,
                    paragraphs=[p for p in (lead, str(item.get("text") or "")) if p],
                )
            )
    guess = OrganisationGuess(organisation, 1.0, candidates=[(organisation, 1.0)])
    return ParsedAnswer(
        guess,
        positions,
        method="sidecar",
        source_name=source_name,
        warnings=warnings,
        new_stances=list(new_stances.values()),
        kind=str(data.get("kind") or ""),
        our_dnr=str(data.get("our_dnr") or ""),
        date=_date(data.get("date")),
    )


def _own_stance(key: str, lead: str, stance_class, reader: StanceReader) -> Stance:
    """The organisation's own verb behind `key`: the end of the lead that makes the key."""
    words = lead.split()
    verb = next(
        (
            " ".join(words[-n:])
            for n in range(1, len(words) + 1)
            if stance_key_for(" ".join(words[-n:])) == key
        ),
        key.replace("_", " "),
    )
    if stance_class not in STANCE_CLASSES:
        guess = reader.read(f"X {verb} det.")
        stance_class = reader.stance_class(guess.key) if guess.phrase else COMMENT
    return Stance(key, verb, stance_class)


def _date(value) -> dt.date | None:
    try:
        return dt.date.fromisoformat(str(value)) if value else None
    except ValueError:
        return None
