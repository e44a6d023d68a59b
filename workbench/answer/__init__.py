"""Answers to a remiss written by other organisations, read back (the sender's side).

Pure: no store, no UI; python-docx and pypdfium2 are imported only when such a file is read.

    parsed = parse_answer(path, remiss, organisations)   # .docx, .pdf, .txt, .md or .json
    parsed.organisation, parsed.positions, parsed.method, parsed.warnings

A document with the export's JSON sidecar beside it (same stem), or the sidecar itself, is
read exactly from it; any other is read from its wording (`analyse`).
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Mapping
from pathlib import Path

from workbench.answer.analyse import ImportedPosition, ParsedAnswer, read_positions
from workbench.answer.guards import check_not_remiss, referred_document
from workbench.answer.organisation import OrganisationGuess, guess_organisation
from workbench.answer.overall import overall_stance
from workbench.answer.read import AnswerText, read_answer
from workbench.answer.reference import own_dnr
from workbench.answer.sidecar import load_sidecar, read_sidecar, sidecar_beside
from workbench.answer.stance import READ_STANCES, StanceReader
from workbench.answer.subject import completes_earlier_answer, other_remiss
from workbench.answer.weighing import weigh
from workbench.core.model import SUPPLEMENT_FLAG, Kind, Remiss, Stance
from workbench.ingest import read_file

__all__ = [
    "ImportedPosition",
    "OrganisationGuess",
    "ParsedAnswer",
    "parse_answer",
]

_KIND_WORDS = (
    (re.compile(r"\btjänsteutlåtande\b|förvaltningens synpunkter", re.I), Kind.TJANSTEUTLATANDE),
    (re.compile(r"^yttrande\b", re.I | re.M), Kind.YTTRANDE),
    (re.compile(r"^beslut$", re.I | re.M), Kind.BESLUT),
)


def parse_answer(
    path: Path,
    remiss: Remiss,
    organisations: Mapping[str, list[Stance]] | None = None,
    organisation: str | None = None,
    sidecar: Path | None = None,
    max_bytes: int = 100 * 2**20,
) -> ParsedAnswer:
    """Read one answer to `remiss`. `organisations`: the names the store knows, with their
    own verbs; `organisation`: the author when the officer names it; `sidecar`: the JSON to
    read instead of the document's wording (default: the one beside it, if any)."""
    path = Path(path)
    known = dict(organisations or {})
    chosen = sidecar if sidecar is not None else sidecar_beside(path)
    if path.suffix.lower() == ".json" or chosen is not None:
        sha256 = hashlib.sha256(read_file(path, max_bytes)).hexdigest()
        parsed = read_sidecar(load_sidecar(chosen or path), remiss, path.name)
    else:
        answer = read_answer(path, max_bytes)
        sha256 = answer.source_sha256
        parsed = _from_text(answer, remiss, known, organisation)
    parsed.source_name = path.name
    parsed.source_sha256 = sha256
    if organisation:
        parsed.organisation = OrganisationGuess(organisation.strip(), 1.0, known=True)
    return parsed


def _from_text(
    answer: AnswerText, remiss: Remiss, known: dict[str, list[Stance]], organisation: str | None
) -> ParsedAnswer:
    check_not_remiss(answer, remiss)
    if organisation:
        guess = OrganisationGuess(organisation.strip(), 1.0, known=True)
    else:
        guess = guess_organisation(answer, known, remiss.sender, answer.source_name, remiss.title)
    own = _own_stances(known, guess.name)
    others = _remiss_author_words(remiss.sender, guess.name or "")
    reading = read_positions(answer, remiss, guess, own, others)
    positions = reading.positions
    reader = StanceReader(own)

    def verdict() -> tuple[str, str]:  # the answer's stance as a whole and its passage
        return overall_stance(
            positions, {p.stance: reader.stance_class(p.stance) for p in positions}
        )

    overall = verdict()
    if weigh(positions, reader.stance_class, overall[0]):
        overall = verdict()  # read again from the positions as weighed
    parsed = ParsedAnswer(guess, positions, method="text")
    parsed.kind = _kind(answer)
    parsed.our_dnr = own_dnr(answer, remiss)
    parsed.skipped = reading.skipped
    have = {s.key for s in own}
    used = {p.stance for p in positions}
    parsed.new_stances = [s for key, s in READ_STANCES.items() if key in used - have]
    parsed.overall_stance, parsed.overall_basis = overall
    parsed.flags = list(answer.flags)
    parsed.warnings.extend(answer.notes)
    if warning := other_remiss(answer, remiss):
        parsed.flags.append("other_remiss")
        parsed.warnings.append(warning)
    if completes_earlier_answer(answer):
        parsed.flags.append(SUPPLEMENT_FLAG)
    if warning := referred_document(answer):
        parsed.flags.append("referred_document")
        parsed.warnings.append(warning)
    if guess.placeholder:
        parsed.flags.append("placeholder")
        parsed.warnings.append(
            f"Avsändaren står inom hakparentes i svaret ({guess.placeholder}); kontrollera"
            " organisationen."
        )
    if not positions:
        parsed.warnings.append("Inga ställningstaganden hittades i texten.")
    return parsed


# The word an answer uses for the remiss's author, by the kind of body that sent it; it is
# the answerer's own word only when the answerer is such a body too.
_AUTHOR_WORDS = (
    ("kommun", "kommunen"),
    ("stad", "staden"),
    ("region", "regionen"),
    ("länsstyrelse", "länsstyrelsen"),
    ("departement", "departementet"),
    ("nämnd", "nämnden"),
    ("verket", "verket"),
    ("myndighet", "myndigheten"),
)


def _remiss_author_words(sender: str, answerer: str) -> list[str]:
    """Words that name the remiss's author in an answer: its kind ("kommunen") and its
    name's own words ("Trafikverket", "Värmland"), unless the answerer's name has them."""
    own = {w.casefold() for w in answerer.split()}
    words = [w.casefold() for w in sender.split() if len(w) >= 4 and w.casefold() not in own]
    for kind, word in _AUTHOR_WORDS:
        if kind in sender.casefold() and kind not in answerer.casefold():
            words.append(word)
    return words


def _own_stances(known: dict[str, list[Stance]], name: str | None) -> list[Stance]:
    if not name:
        return []
    for candidate, stances in known.items():
        if candidate.casefold() == name.casefold():
            return list(stances)
    return []


def _kind(answer: AnswerText) -> str:
    head = "\n".join(answer.lines[:12] + [h.title for h in answer.headings])
    for pattern, kind in _KIND_WORDS:
        if pattern.search(head):
            return kind.value
    return Kind.REMISSVAR.value
