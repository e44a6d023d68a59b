"""The answers block of `make eval`: the answer reader measured on hand-labelled answers.

    python -m tests.eval.answers_eval [--details] [--show] [--only STEM] [--json] [--development]

Each label file (`tests/eval/answers/*.toml`, the held-out ones in `tests/eval/answers/held_out/`,
the answers read through the search tool in `tests/eval/answers/fresh/` and, held out,
`tests/eval/answers/held_out_fresh*/` (each quoting its answer: `source = "inline"`),
our own written answers in `tests/fixtures/answers_written/*.toml`; the format and the stance
classes are defined in `tests/eval/answers/README.md`) names an answer file and labels it
paragraph by paragraph. Each answer is read through the real importer, in process: the function
`workbench answer import` calls (`import_answers`), into a fresh temporary store holding only the
answer's remiss (imported first, with the guesses `workbench remiss import` would take), or,
where the referred document is not in the corpus, an empty remiss carrying only its title (then
only stance, sender and paragraphs lost are measured). The file is imported under a neutral name
(`answer-01.txt`), so a file name cannot tell the sender; a real file's header lines (`SOURCE:`,
`ORGANISATION:` …, the corpus's own notes) are cut before the import.

Matching rules:
- Text is compared as its letters and digits only, case-folded ("Kommu-\\nnen," = "kommunen"),
  so line breaks, hyphenation, markup and punctuation do not matter.
- A label's *anchor* (≤ 8 words at the start of its paragraph or sentence) places it in the
  answer's text: at the next place after the previous label's where those words start a line, a
  sentence or a list item, and end a word. Its *segment* runs from its anchor to the next
  label's anchor.
- A labelled paragraph is *found* in the first position (lead + text) that contains its anchor,
  searching from the position the previous label was found in (labels follow the answer's
  order, so an anchor that also opens an earlier sentence is not judged there); only when no
  later position has it, from the start.
  Section, stance and demand are judged on that position; a paragraph found in no position is
  wrong on all of them.
- Section right: the position's section number equals the label's (a label may list several
  acceptable numbers); `whole` is a position on the remiss as a whole (no section). A section
  the remiss left unnumbered counts as the numbered section it stands in (a label can name no
  other). Only labels with a section, on answers whose remiss is known.
- Cited sections honoured: a paragraph that cites sections of the remiss explicitly ("§ 5.5",
  "avsnitt 5.13", "s. 19"; `cites` in the label) lands on one of them.
- Stance class right: the position's class (its `stance_class`, else the class of its stance
  key in the store's vocabulary: `fritext` is `none`) equals the label's.
- Recall of against: of the paragraphs labelled `against`, those read as `against`.
- Recall of demands/proposals: of the paragraphs labelled `demand = true`, those read as
  `proposal`, or as `against`/`partly` where the label's class is that (a demand that the plan
  not be adopted is against).
- Senders right or asked: per file, the organisation the import chose equals the label's sender
  (or one of `sender_also`), or the import asked: it called the confirm callback (which answers
  with the right name, as the officer would), left the organisation unconfirmed, or refused with
  "ange --org" (then the file is imported again with the right `--org`).
- Sender offered right when asked: of the files where the import asked (the confirm callback),
  those where the name it offered, the officer's default, is the label's sender.
- Paragraphs lost: a segment of 40+ characters (headings excepted) whose anchor is in no
  position and not in the importer's skipped list (`ImportResult.skipped`, when it has one),
  nor cut into two pieces side by side among them (`split_across`). Skipped matter read as a
  position is counted apart.
- Overall stance right: the response's overall stance (`ImportResult.overall_stance` or the
  response's `overall_stance`, when the importer gives one; a stance key counts as its class)
  equals the label's `overall`.
- Answers filed with another sender's: the answers to one known remiss are also imported
  together into one store, as a batch without a terminal would (nobody to ask); an answer counts
  when its organisation there also holds an answer whose label names another sender (a
  komplettering of the same sender is not counted).
- Stance right where not queued: of the labelled paragraphs found in a position the import did
  not queue for the officer (`needs_review`), those whose stance class is right: what the
  officer may leave unread. Wrong stances queued for review: of the paragraphs whose stance
  class is wrong (a paragraph found in no position counts as wrong and unqueued), those whose
  position is queued: the errors the officer is asked about.
- Import time is not measured here (the import benchmark in tests/bench/ does).

Held-out answers are reported only as totals, each group apart ("held-out": the
openings kept out from the start; "held-out (new)": the answers read through the search tool
and kept out before the reader ran on them; "held-out (new 2)": the same for the answers f20 …
of a later round, `tests/eval/answers/held_out_fresh2/`; "held-out (new 3)": the same for the
answers f38 … of a fourth round, `tests/eval/answers/held_out_fresh3/`; "held-out (new 4)": the
same for the answers f55 … of a fifth round, `tests/eval/answers/held_out_fresh4/`; "held-out
(new 5)": the same for the answers f73 … of a sixth round, `tests/eval/answers/held_out_fresh5/`;
"held-out (new 6)": the same for the answers f94 … of a seventh round,
`tests/eval/answers/held_out_fresh6/`; "held-out (new 7)": the same for the answers f115 … of an
eighth round, `tests/eval/answers/held_out_fresh7/`; "held-out (new 8)": the answers f136 … of a
ninth round, `tests/eval/answers/held_out_fresh8/`, all of them held out; "held-out (new 9)": the
answers f154 … of a tenth round, `tests/eval/answers/held_out_fresh9/`, all of them held out;
"held-out (new 10)": the answers f171 … of an eleventh round,
`tests/eval/answers/held_out_fresh10/`, all of them held out; "held-out (new 11)": the answers
f183 … of a twelfth round, `tests/eval/answers/held_out_fresh11/`, all of them held out;
"held-out (new 12)": the answers f195 … of a thirteenth round,
`tests/eval/answers/held_out_fresh12/`, all of them held out; "held-out (new 13)": the answers
f213 … of a fourteenth round, `tests/eval/answers/held_out_fresh13/`, all of them held out;
"held-out (new 14)": the answers f251 … of a fifteenth round,
`tests/eval/answers/held_out_fresh14/`, all of them held out; "held-out (new 15)": the answers
f291 … of a sixteenth round, `tests/eval/answers/held_out_fresh15/`, all of them held out;
"held-out (new 16)": the answers f331 … of a seventeenth round,
`tests/eval/answers/held_out_fresh16/`, all of them held out; "held-out (new 17)": the answers
f361 … of an eighteenth round, `tests/eval/answers/held_out_fresh17/`, all of them held out;
"held-out (new 18)": the answers f391 … of a nineteenth round,
`tests/eval/answers/held_out_fresh18/`, all of them held out; "held-out (new 19)": the answers
f421 … of a twentieth round, `tests/eval/answers/held_out_fresh19/`, all of them held out;
"held-out (new 20)": the answers f451 … of a twenty-first round,
`tests/eval/answers/held_out_fresh20/`, all of them held out; "held-out (new 21)": the answers
f481 … of a twenty-second round, `tests/eval/answers/held_out_fresh21/`, all of them held out):
their details are never printed.
"held-out (all)" pools the counts of every held-out group into one column.
`--development` leaves them out altogether.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import sys
import tempfile
import tomllib
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple

ROOT = Path(__file__).resolve().parents[2]
LABELS = Path(__file__).parent / "answers"
FRESH = LABELS / "fresh"  # real answers read through the search tool, quoted in the labels
HELD_OUT_FRESH = LABELS / "held_out_fresh"  # the second held-out group, labelled blind


class Round(NamedTuple):
    """A later round of answers read through the search tool, held out in a folder of its
    own and reported in a column of its own."""

    folder: Path
    group: str
    first: int  # the number of its first answer: f20 …


# The later rounds, numbered in the order their answers were found: one table for the folders
# read, the group a label belongs to, the columns printed and where each round begins. Up to
# the eighth round every third answer is held out (the others are in `fresh/`); from the ninth
# (f136 …) every one, each labelled blind before the reader ran on it.
ROUNDS = tuple(
    Round(LABELS / folder, f"held-out (new {index})", first)
    for index, (folder, first) in enumerate(
        (
            ("held_out_fresh2", 20),
            ("held_out_fresh3", 38),
            ("held_out_fresh4", 55),
            ("held_out_fresh5", 73),
            ("held_out_fresh6", 94),
            ("held_out_fresh7", 115),
            ("held_out_fresh8", 136),
            ("held_out_fresh9", 154),
            ("held_out_fresh10", 171),
            ("held_out_fresh11", 183),
            ("held_out_fresh12", 195),
            ("held_out_fresh13", 213),
            ("held_out_fresh14", 251),
            ("held_out_fresh15", 291),
            ("held_out_fresh16", 331),
            ("held_out_fresh17", 361),  # round 18, stop 30's clean check
            ("held_out_fresh18", 391),  # round 19, stop 31's clean check
            ("held_out_fresh19", 421),  # round 20, stop 32's clean check
            ("held_out_fresh20", 451),  # round 21, stop 33's clean check
            ("held_out_fresh21", 481),  # round 22, stop 34's clean check
            ("held_out_fresh22", 511),  # round 23, for the next stop's clean check
        ),
        start=2,
    )
)
EVERY_ONE_HELD_OUT_FROM = 136  # f136 …: from the ninth round, every answer is held out
# The rounds the stance weighing (tests/eval/train_weights.py) is not trained on, kept for its
# clean check; every other group's stance figures are those of answers it learned from.
KEPT_CLEAN: tuple[str, ...] = ("held_out_fresh22",)
WRITTEN = ROOT / "tests" / "fixtures" / "answers_written"
SHARED = (ROOT.parent / "shared").resolve()

CLASSES = ("for", "partly", "against", "proposal", "comment", "neutral", "none")
WHOLE = "whole"
LOST_AT = 40  # characters: a shorter piece ("Ert dnr", a name) may go unreported
HEADER = re.compile(r"^(?:SOURCE|ORGANISATION|REFERRED|KIND):")
GOALS = {
    "section": 0.85,
    "cited": 1.0,
    "stance": 0.85,
    "against": 0.8,
    "demand": 0.8,
    "sender": 1.0,
}


# Labels


@dataclass
class Paragraph:
    anchor: str
    section: list[str] | None = None  # acceptable numbers, or None (unknown / not measured)
    stance: str | None = None
    demand: bool = False
    skipped: bool = False
    heading: bool = False
    cites: list[str] = field(default_factory=list)
    text: str = ""  # an inline answer's own words for this paragraph or sentence
    join: bool = False  # an inline answer: the next entry goes on in the same paragraph
    segment: str = ""  # the answer's text from this anchor to the next (set by segment())


@dataclass
class LabelFile:
    path: Path
    source: str
    sender: str
    sender_also: list[str]
    overall: str | None
    held_out: bool
    remiss: str | None
    referred: str
    paragraphs: list[Paragraph]
    written: bool  # one of our own answers (tests/fixtures/answers_written/)
    variant: str = ""  # the answer file's suffix, when the labels describe it in several formats

    @property
    def stem(self) -> str:
        return self.path.stem if not self.variant else f"{self.path.stem} ({self.variant})"

    @property
    def fresh(self) -> bool:
        return self.path.parent in (FRESH, HELD_OUT_FRESH, *(r.folder for r in ROUNDS))

    @property
    def group(self) -> str:
        if self.held_out:
            for round_ in ROUNDS:
                if self.path.parent == round_.folder:
                    return round_.group
            return "held-out (new)" if self.fresh else "held-out"
        if self.written:
            return "written"
        return "real (new)" if self.fresh else "real"


def label_paths() -> list[Path]:
    return (
        sorted(LABELS.glob("*.toml"))
        + sorted(FRESH.glob("*.toml"))
        + sorted((LABELS / "held_out").glob("*.toml"))
        + sorted(HELD_OUT_FRESH.glob("*.toml"))
        + [path for r in ROUNDS for path in sorted(r.folder.glob("*.toml"))]
        + sorted(WRITTEN.glob("*.toml"))
    )


def load_labels(path: Path) -> list[LabelFile]:
    """One LabelFile per answer file the labels describe (`source` may list the same answer
    in several formats)."""
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    sources = data["source"] if isinstance(data["source"], list) else [data["source"]]
    variants = [Path(s).suffix.lstrip(".") if len(sources) > 1 else "" for s in sources]
    return [
        _label(path, data, source, variant)
        for source, variant in zip(sources, variants, strict=True)
    ]


def _label(path: Path, data: dict, source: str, variant: str) -> LabelFile:
    paragraphs = [_paragraph(entry) for entry in data.get("paragraphs", [])]
    return LabelFile(
        path=path,
        variant=variant,
        source=source,
        sender=data["sender"],
        sender_also=list(data.get("sender_also", [])),
        overall=data.get("overall"),
        held_out=bool(data.get("held_out", False)),
        remiss=data.get("remiss"),
        referred=data.get("referred", ""),
        paragraphs=paragraphs,
        written=path.parent == WRITTEN,
    )


def _paragraph(entry: dict) -> Paragraph:
    section = entry.get("section")
    if isinstance(section, str):
        section = [section]
    text = " ".join(entry.get("text", "").split())
    return Paragraph(
        # an inline answer's anchor is the first words of the text it quotes, after a
        # list item's number ("1. Nämnden beslutar …": the importer reads the number apart)
        anchor=entry.get("anchor") or " ".join(re.sub(r"^\d+\.\s+", "", text).split()[:8]),
        text=text,
        join=entry.get("join") == "next",
        section=section,
        stance=entry.get("stance"),
        demand=bool(entry.get("demand", False)),
        skipped=bool(entry.get("skipped", False)),
        heading=bool(entry.get("heading", False)),
        cites=list(entry.get("cites", [])),
    )


def check_label(label: LabelFile) -> list[str]:
    """What is wrong with a label file: unknown classes, long anchors, anchors not in the
    answer's text in order, text before the first anchor."""
    problems = []
    for p in label.paragraphs:
        if len(p.anchor.split()) > 8:
            problems.append(f"anchor longer than 8 words: {p.anchor!r}")
        if not (p.skipped or p.heading) and p.stance not in CLASSES:
            problems.append(f"stance {p.stance!r} not a class: {p.anchor!r}")
        if (p.skipped or p.heading) and p.stance is not None:
            problems.append(f"skipped matter or heading with a stance: {p.anchor!r}")
    if label.overall is not None and label.overall not in CLASSES:
        problems.append(f"overall {label.overall!r} not a class")
    try:
        reference = reference_text(label)
    except FileNotFoundError as exc:
        return [*problems, f"source missing: {exc}"]
    try:
        lead = segment(label, reference)
    except ValueError as exc:
        return [*problems, str(exc)]
    if len(lead) >= LOST_AT:
        problems.append(f"unlabelled text before the first anchor: {lead[:60]!r}")
    return problems


# Text


def norm(text: str) -> str:
    return "".join(ch for ch in text.casefold() if ch.isalnum())


def _normed_with_index(text: str) -> tuple[str, list[int]]:
    chars, index = [], []
    for position, ch in enumerate(text.casefold()):
        if ch.isalnum():
            chars.append(ch)
            index.append(position)
    return "".join(chars), index


# What may stand before an anchor: it starts a line, a sentence or a list item.
_STARTS_AFTER = set('\n\f.:;!?•–-)”"*#')


def segment(label: LabelFile, reference: str) -> str:
    """Fill each paragraph's `segment`; return the text before the first anchor. An anchor is
    the next place in the answer where its words start a line, a sentence or a list item."""
    normed, index = _normed_with_index(reference)
    starts = []
    at = 0
    for p in label.paragraphs:
        needle = norm(p.anchor)
        found = normed.find(needle, at)
        while found >= 0 and not (
            _starts_something(reference, index[found])
            and _ends_a_word(reference, index[found + len(needle) - 1])
        ):
            found = normed.find(needle, found + 1)
        if found < 0:
            raise ValueError(f"anchor not found in order: {p.anchor!r}")
        starts.append(index[found])
        at = found + 1
    bounds = [*starts, len(reference)]
    for number, p in enumerate(label.paragraphs):
        p.segment = " ".join(reference[bounds[number] : bounds[number + 1]].split())
    return " ".join(reference[: starts[0]].split()) if starts else ""


def _starts_something(text: str, position: int) -> bool:
    before = text[:position].rstrip(" \t")
    line = before.rsplit("\n", 1)[-1]
    if len(line) == 1:  # a list item's bullet as OCR reads it ("e", "o") at the line's start
        before = before[:-1].rstrip(" \t")
    if not before:
        return True
    # the anchor's own opening mark ("(2)", "[Förvaltande …]", "”Den …") is skipped by norm()
    return before[-1] in _STARTS_AFTER or before[-1] in "([”\"'"


def _ends_a_word(text: str, position: int) -> bool:
    return position + 1 >= len(text) or not text[position + 1].isalnum()


def _shared(relative: str) -> Path:
    path = SHARED / relative
    if not path.exists():
        raise FileNotFoundError(str(path))
    return path


def body_of(text: str) -> str:
    """A corpus file's text without its header lines (SOURCE:, KIND: …) and the blank after."""
    lines = text.split("\n")
    start = 0
    while start < len(lines) and HEADER.match(lines[start]):
        start += 1
    while start < len(lines) and not lines[start].strip():
        start += 1
    return "\n".join(lines[start:])


def inline_text(label: LabelFile) -> str:
    """An inline answer (`source = "inline"`): the labels' quoted texts, one paragraph each,
    or run on in one paragraph where an entry says `join = "next"`."""
    out = []
    for p in label.paragraphs:
        out.append(p.text)
        out.append(" " if p.join else "\n\n")
    return "".join(out).strip() + "\n"


def answer_file(label: LabelFile, folder: Path, number: int) -> Path:
    """The file to import, under a neutral name, written into `folder`."""
    kind, _, where = label.source.partition(":")
    if kind == "inline":
        target = folder / f"answer-{number:02d}.txt"
        target.write_text(inline_text(label), encoding="utf-8")
        return target
    if kind == "seed-docx":
        from tests.answer_files import write_seed_docx

        return write_seed_docx(where, folder, f"answer-{number:02d}.docx")
    source = _shared(where) if kind == "shared" else WRITTEN / where
    target = folder / f"answer-{number:02d}{source.suffix.lower()}"
    if source.suffix.lower() in (".txt", ".md"):
        target.write_text(body_of(source.read_text(encoding="utf-8")), encoding="utf-8")
    else:
        shutil.copyfile(source, target)
    return target


def reference_text(label: LabelFile) -> str:
    """The answer's text as its author wrote it, read without the reader under test."""
    kind, _, where = label.source.partition(":")
    if kind == "inline":
        return inline_text(label)
    if kind == "seed-docx":
        from tests.answer_files import seed_blocks

        return "\n\n".join(text for _, text in seed_blocks(where))
    source = _shared(where) if kind == "shared" else WRITTEN / where
    suffix = source.suffix.lower()
    if suffix == ".pdf":
        import pypdf

        return "\n\n".join(page.extract_text() or "" for page in pypdf.PdfReader(source).pages)
    if suffix == ".docx":
        import docx

        return "\n\n".join(p.text for p in docx.Document(str(source)).paragraphs)
    return body_of(source.read_text(encoding="utf-8"))


# The remiss


_REMISSES: dict[str, object] = {}


def remiss_for(label: LabelFile):
    """The Remiss to import first: from the demo data, a corpus file, or a bare title."""
    Remiss = _remiss_class()
    key = label.remiss
    if key is None:
        return Remiss(title=label.referred or "Okänd remiss")
    if key not in _REMISSES:
        kind, _, where = key.partition(":")
        if kind == "demo":
            _REMISSES[key] = _demo_remiss(where)
        else:
            _REMISSES[key] = _corpus_remiss(_shared(where))
    return _REMISSES[key]


def _demo_remiss(dnr: str):
    demo = _demo_module()
    for path in sorted(demo.DATA_DIR.glob("remiss_*.toml")):
        remiss = demo.remiss_from_toml(tomllib.loads(path.read_text(encoding="utf-8")))
        if remiss.sender_dnr == dnr:
            return remiss
    raise FileNotFoundError(f"demo remiss {dnr}")


def _demo_module():
    from workbench.usecases import demo

    return demo


def _corpus_remiss(path: Path):
    from workbench.ingest import read_remiss

    Remiss = _remiss_class()
    parsed = read_remiss(path)
    guesses = parsed.guesses
    return Remiss(
        title=guesses.title or path.stem,
        sender=guesses.sender or "",
        sender_dnr=guesses.sender_dnr or "",
        source_name=parsed.source_name,
        source_sha256=parsed.source_sha256,
        sections=parsed.sections,
    )


def _remiss_class():
    from workbench.core.model import Remiss

    return Remiss


def _import_answers():
    from workbench.usecases.answer_import import import_answers

    return import_answers


# Reading one answer


@dataclass
class Read:
    """What the importer made of one answer."""

    organisation: str = ""
    asked: bool = False
    offered: str | None = None  # the name the import offered when it asked
    error: str = ""
    # (text normalised, section number or "whole", stance class), in the answer's order
    positions: list[tuple[str, str, str]] = field(default_factory=list)
    queued: list[bool] = field(default_factory=list)  # each position queued for the officer
    # each position's stance key, stance confidence and words (lead and text), as stored: what
    # the stance weighing is trained on (tests/eval/train_weights.py)
    stored: list[tuple[str, float, str]] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)  # normalised
    overall: str | None = None  # a stance class


def read(label: LabelFile, folder: Path, number: int) -> Read:
    from workbench.errors import WorkbenchError
    from workbench.ingest import IngestError
    from workbench.store import open_store

    import_answers = _import_answers()
    path = answer_file(label, folder, number)
    store = open_store(folder / f"eval-{number:02d}.db")
    outcome = Read()
    try:
        remiss = store.add_remiss(remiss_for(label))

        def confirm(_path, guess):
            outcome.asked = True
            outcome.offered = guess.name or ""
            return label.sender

        try:
            (result,) = import_answers(store, remiss.id, [path], confirm=confirm)
        except (WorkbenchError, IngestError) as exc:
            if "--org" not in str(exc):
                outcome.error = str(exc)
                return outcome
            outcome.asked = True
            (result,) = import_answers(store, remiss.id, [path], organisation=label.sender)
        outcome.organisation = result.organisation
        if not result.organisation_confirmed:
            outcome.asked = True
        outcome.skipped = [norm(text) for text in getattr(result, "skipped", None) or []]
        response = store.get_response(result.response_id)
        vocabulary = store.vocabulary(response.organisation_id)
        overall = getattr(result, "overall_stance", None) or getattr(
            response, "overall_stance", None
        )
        if overall:  # a class, or a stance key standing for its class
            outcome.overall = overall if overall in CLASSES else vocabulary.stance_class(overall)
        numbers = numbered(store.get_remiss(remiss.id).sections)
        for position in response.positions:
            section = numbers.get(position.section_id) if position.section_id else WHOLE
            stance_class = getattr(position, "stance_class", None) or vocabulary.stance_class(
                position.stance
            )
            # a list item's own number ("1)", "2.") is its mark, as a dash is: a label's
            # anchor quotes the words
            text = _ITEM_NUMBER.sub(r"\1", position.text)
            outcome.positions.append(
                (norm(f"{position.lead} {text}"), section or WHOLE, stance_class)
            )
            outcome.queued.append(bool(getattr(position, "needs_review", False)))
            confidence = getattr(position, "stance_confidence", None)
            outcome.stored.append(
                (
                    position.stance,
                    1.0 if confidence is None else confidence,
                    f"{position.lead} {position.text}".strip(),
                )
            )
    finally:
        store.close()
    return outcome


# A list item's number where it opens a line of a position's text.
_ITEM_NUMBER = re.compile(r"(?m)^(\s*)\d{1,3}[.)](?=\s)")


def numbered(sections) -> dict[int, str]:
    """Each section's number by id; a section the remiss left unnumbered ("STRANDSKYDD"
    under "5.5 MILJÖ") has the number of the numbered section it stands in, the number a
    label can give it ("" when it stands in none: the whole)."""
    out: dict[int, str] = {}
    stack: list = []
    for section in sections:
        while stack and stack[-1].level >= section.level:
            stack.pop()
        number = section.number or next((s.number for s in reversed(stack) if s.number), "")
        out[section.id] = number
        stack.append(section)
    return out


# Measuring


@dataclass
class Tally:
    right: int = 0
    total: int = 0

    def add(self, ok: bool) -> None:
        self.right += ok
        self.total += 1

    def __str__(self) -> str:
        if not self.total:
            return "–"
        return f"{self.right}/{self.total} ({100 * self.right / self.total:.0f} %)"

    @property
    def ratio(self) -> float | None:
        return self.right / self.total if self.total else None


MEASURES = (
    ("section", "section right"),
    ("cited", "cited sections honoured"),
    ("stance", "stance class right"),
    ("against", "recall of against"),
    ("demand", "recall of demands/proposals"),
    ("sender", "senders right or asked"),
    ("sender_sure", "senders right without asking"),
    ("sender_offered", "sender offered right when asked"),
    ("overall", "overall stance right"),
    ("stance_sure", "stance right where not queued"),
    ("caught", "wrong stances queued for review"),
)


@dataclass
class Result:
    tallies: dict[str, Tally] = field(default_factory=lambda: {k: Tally() for k, _ in MEASURES})
    lost: int = 0
    paragraphs: int = 0
    skipped_as_positions: int = 0
    merged: int = 0  # answers filed under an organisation with another sender's answer
    files: int = 0
    failed: int = 0
    misses: list[str] = field(default_factory=list)

    def merge(self, other: Result) -> None:
        for key, tally in other.tallies.items():
            self.tallies[key].right += tally.right
            self.tallies[key].total += tally.total
        self.lost += other.lost
        self.paragraphs += other.paragraphs
        self.skipped_as_positions += other.skipped_as_positions
        self.files += other.files
        self.failed += other.failed
        self.misses.extend(other.misses)


def placed(label: LabelFile, texts: list[str]) -> Iterator[tuple[Paragraph, str, int | None]]:
    """Each labelled paragraph, its anchor normalised (a list item's words, its number left
    out) and the index of the text it is found in, searching on from the last one found
    (`find_in_order`); None where it is in none."""
    at = 0
    for paragraph in label.paragraphs:
        anchor = norm(_ITEM_NUMBER.sub(r"\1", paragraph.anchor))
        hit = find_in_order(anchor, texts, at)
        at = at if hit is None else max(at, hit)
        yield paragraph, anchor, hit


def split_across(whole: str, texts: list[str]) -> list[str] | None:
    """The texts (positions, skipped matter; all normalised) a paragraph was cut into, where
    the reader read it as two pieces side by side: one ending a text that opens it, the rest
    opening another (or held whole in one). None where it was not read so."""
    for first in texts:
        if len(first) < 4 or not whole.startswith(first):
            continue
        rest = whole[len(first) :]
        second = next((t for t in texts if t.startswith(rest) or rest in t), None)
        if second is not None:
            return [first, second]
    return None


def find_in_order(anchor: str, texts: list[str], start: int) -> int | None:
    """The index of the first text holding `anchor` at or after `start`, else before it; else
    of the text whose end the anchor opens in and the next goes on with (the reader split the
    answer's words there: a short first sentence, "Underkänt. Det är …", is a piece of its own)."""
    order = [*range(start, len(texts)), *range(min(start, len(texts)))]
    found = next((i for i in order if anchor in texts[i]), None)
    if found is not None:
        return found
    return next(
        (i for i in order if i + 1 < len(texts) and _runs_on(anchor, texts[i], texts[i + 1])),
        None,
    )


def _runs_on(anchor: str, text: str, following: str) -> bool:
    """Whether `anchor` starts inside `text` and runs on into `following` at its start."""
    joined = f"{text}{following}"
    at = joined.find(anchor)
    return at != -1 and at < len(text) < at + len(anchor)


def measure(label: LabelFile, outcome: Read, reference: str) -> Result:
    """Compare one answer's labels (segments filled) with what the importer made of it;
    `reference` is the answer's text, normalised."""
    result = Result(files=1, failed=int(bool(outcome.error)))
    t = result.tallies
    name = label.stem
    if outcome.error:
        result.misses.append(f"{name}: import failed: {outcome.error}")
    sender_ok = norm(outcome.organisation) in {norm(s) for s in [label.sender, *label.sender_also]}
    t["sender"].add(sender_ok or outcome.asked)
    t["sender_sure"].add(sender_ok and not outcome.asked)
    if outcome.offered is not None:
        senders = {norm(s) for s in [label.sender, *label.sender_also]}
        t["sender_offered"].add(norm(outcome.offered) in senders)
        if norm(outcome.offered) not in senders:
            result.misses.append(
                f"{name}: sender offered {outcome.offered!r} when asked (label {label.sender!r})"
            )
    if not (sender_ok or outcome.asked):
        result.misses.append(f"{name}: sender {outcome.organisation!r} (label {label.sender!r})")
    if label.overall is not None and outcome.overall is not None:
        t["overall"].add(outcome.overall == label.overall)
        if outcome.overall != label.overall:
            result.misses.append(f"{name}: overall {outcome.overall} (label {label.overall})")
    known = label.remiss is not None
    for p, anchor, hit in placed(label, [pos[0] for pos in outcome.positions]):
        found = None if hit is None else outcome.positions[hit]
        if p.heading:
            continue
        result.paragraphs += 1
        if p.skipped:
            whole = norm(p.segment)
            if (
                whole
                and reference.count(whole) == 1
                and any(whole in pos[0] for pos in outcome.positions)
            ):
                result.skipped_as_positions += 1
                result.misses.append(f"{name}: skipped matter read as a position: {p.anchor!r}")
            elif (
                len(p.segment) >= LOST_AT
                and found is not None
                and (found[0].startswith(anchor) or not any(anchor in s for s in outcome.skipped))
            ):
                # A position opens with it, its end cut off there, or holds it where the
                # skipped list does not (its words said twice on a page, a caption
                # repeated): read, so not lost.
                result.skipped_as_positions += 1
                result.misses.append(f"{name}: skipped matter read as a position: {p.anchor!r}")
            elif len(p.segment) >= LOST_AT and not any(anchor in s for s in outcome.skipped):
                texts = [pos[0] for pos in outcome.positions]
                pieces = split_across(whole, [*texts, *outcome.skipped])
                if pieces and any(piece in texts for piece in pieces):
                    # cut into a position and what follows it ("Centerpartiet i X:" read as
                    # a lead-in, its e-mail address skipped): read, so not lost
                    result.skipped_as_positions += 1
                    result.misses.append(f"{name}: skipped matter read as a position: {p.anchor!r}")
                elif not pieces:
                    result.lost += 1
                    result.misses.append(f"{name}: lost (not listed as skipped): {p.anchor!r}")
            continue
        if found is None:
            listed = any(anchor in s for s in outcome.skipped)
            if len(p.segment) >= LOST_AT and not listed:
                result.lost += 1
            where = "listed as skipped" if listed else "lost"
            result.misses.append(f"{name}: in no position ({where}): {p.anchor!r}")
        section, stance_class = (found[1], found[2]) if found else (None, None)
        if known and p.section is not None:
            ok = section in p.section
            t["section"].add(ok)
            if not ok and found:
                result.misses.append(
                    f"{name}: section {section} (label {'/'.join(p.section)}): {p.anchor!r}"
                )
        if known and p.cites:
            t["cited"].add(section in p.cites)
        if p.stance is not None:
            ok = stance_class == p.stance
            t["stance"].add(ok)
            # (a Read built by hand, as the tests build one, may leave `queued` empty)
            queued = hit is not None and hit < len(outcome.queued) and outcome.queued[hit]
            if not queued:
                t["stance_sure"].add(ok)
            if not ok:
                t["caught"].add(queued)
            if not ok and found:
                result.misses.append(
                    f"{name}: stance {stance_class} (label {p.stance}): {p.anchor!r}"
                )
            if p.stance == "against":
                t["against"].add(stance_class == "against")
        if p.demand:
            t["demand"].add(
                stance_class == "proposal"
                or (p.stance in ("against", "partly") and stance_class == p.stance)
            )
    return result


# Running


GROUPS = (
    "real",
    "real (new)",
    "written",
    "held-out",
    "held-out (new)",
    *(r.group for r in ROUNDS),
)
DEVELOPMENT = ("real", "real (new)", "written")
HELD_OUT_GROUPS = tuple(g for g in GROUPS if g.startswith("held-out"))
ALL_HELD_OUT = "held-out (all)"  # a column pooling every held-out group's counts
COLUMNS = (*GROUPS, ALL_HELD_OUT)


def run(labels: list[LabelFile]) -> dict[str, Result]:
    """Read every labelled answer and measure it; the results per group."""
    results = {group: Result() for group in GROUPS}
    with tempfile.TemporaryDirectory(prefix="answers-eval-") as tmp:
        for number, label in enumerate(labels, start=1):
            reference = reference_text(label)
            segment(label, reference)
            folder = Path(tmp) / f"{number:02d}"
            folder.mkdir()
            outcome = read(label, folder, number)
            results[label.group].merge(measure(label, outcome, norm(reference)))
        for group, merged in together(labels, Path(tmp) / "together").items():
            results[group].merged += merged
    results[ALL_HELD_OUT] = pooled(results[g] for g in HELD_OUT_GROUPS)
    return results


def pooled(parts) -> Result:
    """One Result holding the counts of all `parts` added up."""
    total = Result()
    for part in parts:
        total.merge(part)
        total.merged += part.merged
    return total


def together(labels: list[LabelFile], folder: Path) -> dict[str, int]:
    """Import the answers to each known remiss into one store, one file at a time as a batch
    without a terminal would (the guess where it is unsure, nobody to ask); per group, the
    answers filed under an organisation that also holds another sender's answer."""
    from workbench.errors import WorkbenchError
    from workbench.ingest import IngestError
    from workbench.store import open_store

    import_answers = _import_answers()
    by_remiss: dict[str, list[LabelFile]] = {}
    for label in labels:
        if label.remiss is not None and label.variant in ("", "txt"):
            by_remiss.setdefault(label.remiss, []).append(label)
    merged = dict.fromkeys(GROUPS, 0)
    folder.mkdir()
    for number, group in enumerate(by_remiss.values(), start=1):
        if len(group) < 2:
            continue
        store = open_store(folder / f"{number:02d}.db")
        try:
            remiss = store.add_remiss(remiss_for(group[0]))
            filed: list[tuple[LabelFile, int]] = []
            for index, label in enumerate(group, start=1):
                sub = folder / f"{number:02d}-{index:02d}"
                sub.mkdir()
                path = answer_file(label, sub, index)
                try:
                    (result,) = import_answers(store, remiss.id, [path])
                except (WorkbenchError, IngestError):
                    continue  # refused or asked: not filed with anyone
                organisation = store.get_response(result.response_id).organisation_id
                filed.append((label, organisation))
        finally:
            store.close()
        for label, organisation in filed:
            others = {norm(o.sender) for o, org in filed if org == organisation}
            if len(others) > 1:
                merged[label.group] += 1
    return merged


def show(label: LabelFile) -> str:
    """One answer, paragraph by paragraph: the label, then what the reader made of it."""
    reference = reference_text(label)
    segment(label, reference)
    with tempfile.TemporaryDirectory(prefix="answers-eval-") as tmp:
        outcome = read(label, Path(tmp), 1)
    lines = [f"== {label.stem}: sender {label.sender!r}, read {outcome.organisation!r}"]
    if outcome.asked:
        lines[0] += " (asked)"
    if outcome.error:
        lines.append(f"   import failed: {outcome.error}")
    used = set()
    for p, anchor, at in placed(label, [pos[0] for pos in outcome.positions]):
        if at is not None:
            used.add(at)
        if p.heading:
            kind = "heading"
        elif p.skipped:
            kind = "skipped"
        else:
            section = "/".join(p.section) if p.section else "-"
            kind = f"{section} {p.stance}{' demand' if p.demand else ''}"
        got = (
            f"#{at} {outcome.positions[at][1]} {outcome.positions[at][2]}"
            if at is not None
            else "—"
        )
        if at is None and any(anchor in s for s in outcome.skipped):
            got = "skipped"
        lines.append(f"   {kind:28} | {got:20} | {p.segment[:70]}")
    for i, (text, section, stance_class) in enumerate(outcome.positions):
        if i not in used:
            lines.append(f"   {'(no label)':28} | #{i} {section} {stance_class:12} | {text[:60]}")
    return "\n".join(lines)


def table(results: dict[str, Result]) -> str:
    heads = [
        "measure",
        "dev (real)",
        "dev (real, new)",
        "dev (written)",
        "held-out",
        "held-out (new)",
        *(r.group for r in ROUNDS),
        ALL_HELD_OUT,
        "goal",
    ]
    rows = []
    for key, title in MEASURES:
        goal = f"≥ {GOALS[key] * 100:.0f} %" if key in GOALS else "reported"
        rows.append([title, *(str(results[g].tallies[key]) for g in COLUMNS), goal])
    rows.append(
        [
            "paragraphs lost",
            *(f"{results[g].lost} of {results[g].paragraphs}" for g in COLUMNS),
            "0",
        ]
    )
    rows.append(
        [
            "skipped matter read as positions",
            *(str(results[g].skipped_as_positions) for g in COLUMNS),
            "0",
        ]
    )
    rows.append(
        [
            "answers filed with another sender's",
            *(str(results[g].merged) for g in COLUMNS),
            "0",
        ]
    )
    rows.append(
        [
            "answers (import failed)",
            *(f"{results[g].files} ({results[g].failed})" for g in COLUMNS),
            "",
        ]
    )
    widths = [max(len(row[i]) for row in [heads, *rows]) for i in range(len(heads))]
    lines = ["  ".join(h.ljust(w) for h, w in zip(heads, widths, strict=True))]
    lines.append("  ".join("-" * w for w in widths))
    for row in rows:
        lines.append(
            "  ".join(
                cell.ljust(w) if i == 0 else cell.rjust(w)
                for i, (cell, w) in enumerate(zip(row, widths, strict=True))
            )
        )
    return "\n".join(lines)


def as_json(results: dict[str, Result]) -> dict:
    return {
        group: {
            **{
                key: {"right": r.tallies[key].right, "total": r.tallies[key].total}
                for key, _ in MEASURES
            },
            "lost": r.lost,
            "paragraphs": r.paragraphs,
            "skipped_as_positions": r.skipped_as_positions,
            "merged": r.merged,
            "files": r.files,
            "failed": r.failed,
        }
        for group, r in results.items()
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m tests.eval.answers_eval", description=__doc__.split("\n")[0]
    )
    parser.add_argument("--details", action="store_true", help="list the misses (never held-out)")
    parser.add_argument(
        "--only", action="append", default=[], help="label files whose stem has this"
    )
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument(
        "--development",
        action="store_true",
        help="read the development answers only (the held-out groups are not run at all)",
    )
    parser.add_argument(
        "--show", action="store_true", help="each paragraph: label beside reading (never held-out)"
    )
    args = parser.parse_args(argv)
    if not SHARED.is_dir():
        print(f"answers eval: skipped, {SHARED} is absent", file=sys.stderr)
        return 0
    labels = [label for path in label_paths() for label in load_labels(path)]
    if args.only:
        labels = [label for label in labels if any(o in label.stem for o in args.only)]
    if args.development:
        labels = [label for label in labels if not label.held_out]
    if args.show:
        for label in labels:
            if not label.held_out:
                print(show(label))
        return 0
    results = run(labels)
    if args.json:
        print(json.dumps(as_json(results), indent=2, ensure_ascii=False))
        return 0
    print("Answers: the reader on hand-labelled answers (tests/eval/answers/README.md)")
    print(table(results))
    clean = ", ".join(r.group for r in ROUNDS if r.folder.name in KEPT_CLEAN)
    learned = f"every group but {clean}: elsewhere" if clean else "every group:"
    print(
        f"The stance weighing learned from {learned} its stance figures are those of answers"
        " it was trained on. This table with each held-out group read by weights learned"
        " without it: make weights TRAIN_ARGS=--cross-read."
    )
    if args.details:
        for group in DEVELOPMENT:
            for miss in results[group].misses:
                print(f"  {group}: {miss}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
