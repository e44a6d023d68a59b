"""Import other organisations' answers to a remiss into the store, as received responses.

The CLI (`workbench answer import`) and the TUI call `import_answers`. Every file is read
first (pure: `workbench.answer.parse_answer`); only when all of them can be read is anything
written, all in one transaction, so a batch of 200 answers with one broken file writes nothing
and names that file. A batch of many files is read by a process per core (`_parse_all`) where
this process runs no other thread (the CLI).

The organisation is the one named (`organisation`), else the guess; a guess the import is not
sure of is put to `confirm` (the CLI asks at a terminal), else, as `unsure` says, refused
("refuse": the CLI without a terminal, which says "ange --org") or stored unconfirmed and
queued for the officer to confirm ("queue": the TUI). Nothing unsure is confirmed by itself.
An organisation the store does not know is created. A second answer of an organisation to the
same remiss is kept as its komplettering (`supplements`), never in the first one's place. A
file already imported for the remiss (same content) is refused unless `again`.

Two files are filed under one organisation only where each names it surely (or the officer
did): a file stored unconfirmed is filed under an organisation of its own, "<guess>
(obekräftad: <file>)", which nothing else joins, until the officer confirms the guess
(`confirm_guessed_organisation`) and it moves to the organisation of that name.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from workbench.answer import ParsedAnswer, parse_answer
from workbench.answer.guards import NotAnAnswer
from workbench.answer.organisation import OrganisationGuess
from workbench.answer.sections import section_refs
from workbench.core.model import (
    AnswerImport,
    Kind,
    Organisation,
    Position,
    Remiss,
    Response,
    Stance,
    Status,
)
from workbench.errors import InvalidInput, NotFound, WorkbenchError
from workbench.ingest import IngestError
from workbench.store import Store

# Asked when the organisation is unsure: (file, guess) → the name to use, or None for the guess.
Confirm = Callable[[Path, OrganisationGuess], str | None]


@dataclass
class ImportResult:
    """What one file became."""

    path: Path
    response_id: int
    organisation: str
    organisation_created: bool
    organisation_confidence: float
    organisation_confirmed: bool
    method: str
    positions: int
    to_review: int
    warnings: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)  # paragraphs not taken as positions
    overall_stance: str = ""
    supplements: int | None = None  # the earlier answer this one completes


def import_answers(
    store: Store,
    remiss_id: int,
    paths: Iterable[Path | str],
    organisation: str | None = None,
    confirm: Confirm | None = None,
    sidecar: Path | None = None,
    again: bool = False,
    actor: str = "",
    unsure: str = "refuse",
    stop: Callable[[], bool] | None = None,
    not_answers: list[tuple[Path, str]] | None = None,
) -> list[ImportResult]:
    """Import answer files to `remiss_id`; return one result per file, in order. `stop` is
    asked once every file is read, before anything is written: true, and nothing is
    (ImportCancelled; the TUI's dialog closed while it read). A file that is no answer (an
    exported compilation, the remiss's own text) refuses the batch, or, given `not_answers`,
    is left out and listed there with why (a folder of answers read in)."""
    remiss = store.get_remiss(remiss_id)
    paths = [Path(p) for p in paths]
    if not paths:
        raise InvalidInput("Ange minst en fil att importera.")
    if sidecar is not None and len(paths) != 1:
        raise InvalidInput("En JSON-fil (--sidecar) hör till ett enda svar; ange en fil.")
    known = {
        org.name: org.stances
        for org in store.list_organisations()
        if not _PROVISIONAL.search(org.name)
    }
    read = _parse_all(paths, remiss, known, organisation, sidecar)
    refused = [
        (path, why) for path, why in zip(paths, read, strict=True) if isinstance(why, NotAnAnswer)
    ]
    if refused:
        if not_answers is None:
            raise refused[0][1]
        not_answers.extend((Path(path), str(why)) for path, why in refused)
        paths = [p for p, a in zip(paths, read, strict=True) if not isinstance(a, NotAnAnswer)]
        if not paths:
            return []
    parsed = [answer for answer in read if not isinstance(answer, NotAnAnswer)]
    chosen = [
        _organisation_name(answer, path, organisation, confirm, unsure)  # type: ignore[arg-type]
        for answer, path in zip(parsed, paths, strict=True)
    ]
    names = [name for name, _ in chosen]
    parsed = [
        _named(answer, path, remiss, known, name, sidecar)  # type: ignore[arg-type]
        for answer, path, name in zip(parsed, paths, names, strict=True)
    ]
    if stop is not None and stop():
        raise ImportCancelled("Inläsningen avbröts; inget sparades.")
    if not again:
        for path, answer in zip(paths, parsed, strict=True):
            earlier = store.imported_from(remiss_id, answer.source_sha256)
            if earlier is not None:
                name = Path(path).name
                raise AlreadyImported(
                    f"{name} är redan importerad som svar {earlier}; ta bort det svaret"
                    " först eller importera igen med --again.",
                    name,
                )
    results = []
    with store.transaction():
        for path, answer, (name, answered) in zip(paths, parsed, chosen, strict=True):
            confirmed = bool(organisation) or answer.organisation.sure or answered
            results.append(_store(store, remiss, path, answer, name, confirmed, actor))  # type: ignore[arg-type]
    return results


# Files per process at least: below it, starting a process costs more than it saves.
FILES_PER_PROCESS = 8


def _parse_all(paths: list, remiss: Remiss, known, organisation, sidecar):
    """Every file read, in order; a batch on more than one core by as many processes (reading
    is pure: nothing is written until all are read). The first file that fails, in order,
    raises, as when they are read one by one."""
    processes = min(_cores(), len(paths) // FILES_PER_PROCESS)
    if processes < 2 or not _may_fork():
        return [_parse_or_refused(path, remiss, known, organisation, sidecar) for path in paths]
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    from workbench.answer.stance import compile_phrases

    compile_phrases()  # once, here, for every child
    try:
        with ProcessPoolExecutor(
            processes,
            mp_context=multiprocessing.get_context("fork"),
            initializer=_reader_setup,
            initargs=(remiss, known, organisation, sidecar),
        ) as pool:
            chunk = max(1, len(paths) // (processes * 4))
            return list(pool.map(_parse_set_up, paths, chunksize=chunk))
    except (BrokenProcessPool, OSError):
        # No process could be started or one died (memory): read them here, one by one.
        return [_parse_or_refused(path, remiss, known, organisation, sidecar) for path in paths]


def _cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def _may_fork() -> bool:
    """Processes are forked only where nothing else runs in this one (the CLI, a script): a
    fork beside other threads (the TUI's) may copy a lock one of them holds. Else the files
    are read here, one by one."""
    import multiprocessing

    return threading.active_count() == 1 and "fork" in multiprocessing.get_all_start_methods()


_SET_UP: tuple = ()  # in a reading process: the remiss and what every file is read with


def _reader_setup(remiss: Remiss, known, organisation, sidecar) -> None:
    global _SET_UP
    _SET_UP = (remiss, known, organisation, sidecar)


def _parse_set_up(path: Path) -> ParsedAnswer | NotAnAnswer:
    remiss, known, organisation, sidecar = _SET_UP
    return _parse_or_refused(path, remiss, known, organisation, sidecar)


def _parse(path: Path, remiss: Remiss, known, organisation, sidecar) -> ParsedAnswer:
    try:
        return parse_answer(path, remiss, known, organisation, sidecar)
    except IngestError as exc:
        # Named once: "Filen tom.txt är tom." needs no "tom.txt: " before it.
        said = str(exc)
        kind = NotAnAnswer if isinstance(exc, NotAnAnswer) else IngestError
        raise kind(said if path.name in said else f"{path.name}: {said}") from None


def _parse_or_refused(
    path: Path, remiss: Remiss, known, organisation, sidecar
) -> ParsedAnswer | NotAnAnswer:
    """`_parse`, a file that is no answer returned as its refusal instead of raised."""
    try:
        return _parse(path, remiss, known, organisation, sidecar)
    except NotAnAnswer as exc:
        return exc


def _named(answer: ParsedAnswer, path: Path, remiss: Remiss, known, name: str, sidecar):
    """The answer read again when the officer named another sender than the reader's
    guess: its sentences are read with that name as their subject ("Kammarkollegiet har,
    …, inte några synpunkter" is the sender's stand only when the reader knows who it is).
    The guess stays on record as what was guessed."""
    if answer.method != "text" or name == answer.organisation.name:
        return answer
    again = _parse(path, remiss, known, name, sidecar)
    again.organisation = answer.organisation
    return again


def _organisation_name(
    answer: ParsedAnswer, path: Path, named: str | None, confirm: Confirm | None, unsure: str
) -> tuple[str, bool]:
    """The organisation to file the answer under, and whether the officer, asked, gave it
    (accepting the name offered is confirming it)."""
    guess = answer.organisation
    if named:
        return named.strip(), False
    if not guess.sure and confirm is not None:
        chosen = confirm(path, guess)
        if chosen and chosen.strip():
            return chosen.strip(), True
    if guess.name and (guess.sure or unsure == "queue"):
        return guess.name, False
    if guess.name:
        raise InvalidInput(
            f"{path.name}: avsändaren är osäker (gissning {guess.name!r},"
            f" {guess.confidence:.2f}); ange organisationen med --org."
        )
    raise SenderUnknown(
        f"Organisationen bakom {path.name} kunde inte avgöras; ange den med --org.", path.name
    )


def _store(
    store: Store,
    remiss: Remiss,
    path: Path,
    answer: ParsedAnswer,
    name: str,
    confirmed: bool,
    actor: str,
) -> ImportResult:
    # An unconfirmed guess joins no organisation and none joins it: one of its own per file.
    filed_as = name if confirmed else provisional_name(name, answer.source_name or path.name)
    org, created = _organisation(store, filed_as, answer, guessed=name)
    supplements = None if created else store.first_received_answer(remiss.id, org.id)
    warnings = list(answer.warnings)
    if supplements is not None:
        warnings.append(f"Komplettering: {org.name} har redan svarat (svar {supplements}).")
    sections = dict(
        zip(section_refs(remiss.sections), (s.id for s in remiss.sections), strict=True)
    )
    positions = [
        Position(
            stance=p.stance,
            text=p.text,
            section_id=sections.get(p.section) if p.section is not None else None,
            lead=p.lead,
            stance_confidence=p.stance_confidence,
            section_confidence=p.section_confidence,
            needs_review=p.needs_review,
            review_note=p.review_note,
            placed_by=p.placed_by,
        )
        for p in answer.positions
    ]
    response = Response(
        remiss_id=remiss.id,
        organisation_id=org.id,
        kind=_kind(answer.kind),
        status=Status.SKICKAD,
        our_dnr=answer.our_dnr,
        date=answer.date,
        positions=positions,
    )
    record = AnswerImport(
        response_id=0,
        source_name=answer.source_name or path.name,
        source_sha256=answer.source_sha256,
        method=answer.method,
        organisation_guess=answer.organisation.name or "",
        organisation_confidence=answer.organisation.confidence,
        organisation_confirmed=confirmed,
        warnings=warnings,
        skipped=answer.skipped,
        overall_stance=answer.overall_stance,
        overall_basis=answer.overall_basis,
        supplements=supplements,
        flags=answer.flags,
    )
    try:
        stored = store.add_received_response(response, record)
    except WorkbenchError as exc:
        raise type(exc)(f"{path.name}: {exc}") from None
    store.log_event(stored.id, "import", actor, message=f"Mottaget svar ({path.name})")
    return ImportResult(
        path=path,
        response_id=stored.id,
        organisation=org.name,
        organisation_created=created,
        organisation_confidence=answer.organisation.confidence,
        organisation_confirmed=confirmed,
        method=answer.method,
        positions=len(positions),
        to_review=sum(1 for p in positions if p.needs_review),
        warnings=warnings,
        skipped=[item["text"] for item in answer.skipped],
        overall_stance=answer.overall_stance,
        supplements=supplements,
    )


_PROVISIONAL = re.compile(r" \(obekräftad: [^)]*\)$")


def is_provisional(name: str) -> bool:
    """The name is one an unconfirmed answer stands under, "<guess> (obekräftad: <file>)"."""
    return _PROVISIONAL.search(name) is not None


def provisional_name(name: str, source_name: str) -> str:
    """The organisation an unconfirmed answer is filed under until the officer confirms it."""
    return f"{name} (obekräftad: {source_name})"


def confirm_guessed_organisation(
    store: Store, response_id: int, name: str | None = None
) -> Response:
    """The officer confirms the organisation guessed for a received answer, or names another
    (`name`): it is filed under the organisation of that name (the store holds one name once,
    whatever its case; created when new; an answer it already holds to the remiss makes this
    one its komplettering), and the provisional one it stood under goes. A name is taken as
    written, never as one merely like it: "Huddinge kommunn" is a new organisation."""
    response = store.get_response(response_id, with_positions=False)
    current = store.get_organisation(response.organisation_id)
    provisional = _PROVISIONAL.search(current.name) is not None
    guessed = _PROVISIONAL.sub("", current.name)
    chosen = " ".join((guessed if name is None else name).split())
    if not chosen:
        raise InvalidInput("Ange organisationens namn.")
    if _PROVISIONAL.search(chosen):
        raise InvalidInput(
            f"'{chosen}' är ett gissat namn som väntar på bekräftelse; ange organisationens namn."
        )
    if not provisional and name is None:
        return store.file_under_organisation(response_id, current.id)
    with store.transaction():
        try:
            target = store.organisation_by_name(chosen)
        except NotFound:
            subject = current.subject if chosen == guessed else ""
            target = store.add_organisation(
                Organisation(name=chosen, subject=subject, stances=current.stances)
            )
        have = {stance.key for stance in target.stances}
        missing = [stance for stance in current.stances if stance.key not in have]
        if missing:  # the answer's own verbs, which its positions may use
            target.stances = [*target.stances, *missing]
            target = store.update_organisation(target)
        confirmed = store.file_under_organisation(response_id, target.id)
        if provisional and target.id != current.id:
            store.delete_organisation(current.id)
    return confirmed


def already_read_in(store: Store, remiss_id: int, paths: Iterable[Path]) -> list[Path]:
    """The files read in on the remiss before (the same content): a folder the answers keep
    arriving in is read in again, the new ones with them. A file that cannot be read is not
    among them (the import says why)."""
    from workbench.ingest import IngestError, max_import_bytes, read_file

    found = []
    for path in paths:
        try:
            digest = hashlib.sha256(read_file(path, max_import_bytes())).hexdigest()
        except IngestError:
            continue
        if store.imported_from(remiss_id, digest) is not None:
            found.append(path)
    return found


class ImportCancelled(WorkbenchError):
    """The import was stopped after reading and before writing: nothing was stored."""


class AlreadyImported(InvalidInput):
    """A file of the batch is already read in on the remiss (same content); `--again` on
    the command line reads it in once more, the TUI asks for the old answer to go first."""

    def __init__(self, message: str, file_name: str) -> None:
        super().__init__(message)
        self.file_name = file_name


class SenderUnknown(InvalidInput):
    """No sender could be read from the answer, not even a guess to confirm: the officer
    names it (`--org` on the command line, the Organisation field in the TUI)."""

    def __init__(self, message: str, file_name: str) -> None:
        super().__init__(message)
        self.file_name = file_name


def delete_received_answer(store: Store, response_id: int) -> None:
    """Delete a received answer (a file read in by mistake); the provisional organisation
    it stood under goes with it, as it does when the guess is confirmed, so that no
    "<guess> (obekräftad: <file>)" is left behind to be offered for a case of our own."""
    with store.transaction():
        response = store.get_response(response_id, with_positions=False)
        organisation = store.get_organisation(response.organisation_id)
        store.delete_response(response_id)
        if is_provisional(organisation.name) and not any(
            summary.organisation == organisation.name for summary in store.list_responses()
        ):
            store.delete_organisation(organisation.id)


def _organisation(
    store: Store, name: str, answer: ParsedAnswer, guessed: str = ""
) -> tuple[Organisation, bool]:
    """The organisation by name (as the store spells it), created when new; with the own
    verbs a sidecar uses added where it lacks them. `guessed`: the name guessed, when `name`
    is the provisional one filed under until it is confirmed."""
    created = False
    try:
        org = store.organisation_by_name(name)
    except NotFound:
        subject = (
            answer.organisation.subject if answer.organisation.name == (guessed or name) else ""
        )
        org = store.add_organisation(Organisation(name=name, subject=subject))
        created = True
    missing = _stances_missing(store, org, answer, guessed)
    if missing:
        org.stances = [*org.stances, *missing]
        org = store.update_organisation(org)
    return org, created


def _stances_missing(store: Store, org: Organisation, answer: ParsedAnswer, guessed: str):
    """The stances the answer's positions use that `org`'s vocabulary lacks, from what the
    reader brought (`new_stances`: those the guessed organisation lacked), the reader's own,
    and the guessed organisation's. An answer filed under another name than the one it was
    read for (unconfirmed: "<guess> (obekräftad: <fil>)") needs them all."""
    from workbench.answer.stance import READ_STANCES

    vocabulary = store.vocabulary(org.id)
    wanted = {p.stance for p in answer.positions if p.stance not in vocabulary}
    if not wanted:
        return []
    sources = [*answer.new_stances, *READ_STANCES.values()]
    if guessed and guessed != org.name:
        with contextlib.suppress(NotFound):  # a guess the store does not know yet
            sources += store.organisation_by_name(guessed).stances
    found: dict[str, Stance] = {}
    for stance in sources:
        if stance.key in wanted:
            found.setdefault(stance.key, stance)
    return list(found.values())


def _kind(value: str) -> Kind:
    try:
        return Kind(value)
    except ValueError:
        return Kind.REMISSVAR
