"""Remissammanställning (issue 9): importing 200 received answers of about 10 pages each, and
compiling 200 answers on a 60-section remiss (goal: under 1 s).

Import is reported in total and per answer, beside the floor of merely opening the same Word
files and reading their paragraphs with python-docx, timed alternately in the same run. The
compilation is timed pure (answers in memory) and from the store, beside the floor of loading
the answers from the store alone. The answers are generated once under tests/bench/results/
(git-ignored): a letterhead, "Till Region Stockholm", then per section of the remiss its
heading and paragraphs of the seed answers' wording with a stance verb, about 35,000
characters (10 pages) each.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import statistics
import tempfile
import time
from pathlib import Path

from tests.answer_files import seed_blocks, write_answer_docx
from tests.bench import Row, median_ms

RESULTS = Path(__file__).parent / "results"
ANSWERS = 200
PAGE_CHARS = 3500
VERBS = (
    "tillstyrker",
    "avstyrker",
    "tillstyrker delvis",
    "föreslår",
    "har inget att erinra mot",
    "kan inte tillstyrka",
    "ställer sig bakom",
    "delar bedömningen i",
    "motsätter sig",
    "anser",
)


def filler() -> list[str]:
    return [text for kind, text in seed_blocks("003") + seed_blocks("000") if kind == "p"]


def answer_blocks(index: int, sections, paragraphs: list[str]) -> list[tuple[str, str]]:
    letters = "abcdefghijklmnopqrstuvwxyz"
    name = f"Testvik{letters[index // 26 % 26]}{letters[index % 26]} kommun"  # a name, not a number
    blocks = [
        ("p", f"{name}, Kommunstyrelsen"),
        ("title", "Yttrande över remiss Life science-strategi för Stockholmsregionen"),
        ("p", "Till Region Stockholm"),
        ("p", "Ert Dnr RS 2019-0751"),
        # the answer introduces itself, as real answers do: the import is sure of its sender
        # (the filler's stands by "Bolaget" are another body's for the sender reader)
        (
            "p",
            f"{name} har beretts tillfälle att yttra sig över remissen och lämnar följande "
            "synpunkter.",
        ),
        ("h1", "Ställningstaganden"),
    ]
    size, k = 0, index
    while size < 10 * PAGE_CHARS:
        for section in sections:
            blocks.append(("h2", section.heading))
            for _ in range(2):
                verb = VERBS[k % len(VERBS)]
                text = f"{name} {verb} {paragraphs[k % len(paragraphs)]}"
                blocks.append(("p", text))
                size += len(text)
                k += 1
            if size >= 10 * PAGE_CHARS:
                break
    blocks += [("p", f"{name} som ovan"), ("p", "Anna Andersson"), ("p", "Kommundirektör")]
    return blocks


def answer_files(store) -> list[Path]:
    folder = RESULTS / "answers-2"  # 2: the answers introduce themselves (a new generation)
    paths = [folder / f"svar-{i:03d}.docx" for i in range(ANSWERS)]
    if all(p.exists() for p in paths):
        return paths
    folder.mkdir(parents=True, exist_ok=True)
    remiss = store.remiss_by_dnr("RS 2019-0751")
    paragraphs = filler()
    for index, path in enumerate(paths):
        write_answer_docx(path, answer_blocks(index, remiss.sections, paragraphs))
    return paths


def read_paragraphs(paths: list[Path]) -> None:
    import docx

    for path in paths:
        [p.text for p in docx.Document(str(path)).paragraphs]


def bench_import(demo: Path) -> list[Row]:
    from workbench.store import open_store
    from workbench.usecases.answer_import import import_answers

    with tempfile.TemporaryDirectory() as folder:
        with open_store(demo) as store:
            paths = answer_files(store)
            remiss_id = store.remiss_by_dnr("RS 2019-0751").id
        repeat = int(os.environ.get("BENCH_REPEAT", "3"))
        subject, floor, positions = [], [], 0
        for run in range(repeat):
            target = Path(folder) / f"run{run}.db"
            shutil.copy(demo, target)
            with open_store(target) as store:
                started = time.perf_counter()
                results = import_answers(store, remiss_id, paths)
                subject.append((time.perf_counter() - started) * 1000)
            positions = sum(r.positions for r in results)
            started = time.perf_counter()
            read_paragraphs(paths)
            floor.append((time.perf_counter() - started) * 1000)
    total, bare = statistics.median(subject), statistics.median(floor)
    chars = sum(len(text) for _, text in answer_blocks(0, _sections(demo), filler()))
    return [
        Row(
            f"import {ANSWERS} answers of ~10 pages (.docx), total",
            total,
            "python-docx: open and read paragraphs",
            bare,
            goal="≤ 20000 ms (issue 18)",
            note=f"{positions} positions; ~{chars // PAGE_CHARS} pages each; {repeat} runs;"
            f" read by {_processes()} process(es), the floor by one",
        ),
        Row(
            "  per answer",
            total / ANSWERS,
            "python-docx, per answer",
            bare / ANSWERS,
        ),
    ]


def _processes() -> int:
    """How many processes `import_answers` reads the batch with here (issue 18)."""
    from workbench.usecases import answer_import

    count = min(answer_import._cores(), ANSWERS // answer_import.FILES_PER_PROCESS)
    return count if count >= 2 and answer_import._may_fork() else 1


def _sections(demo: Path):
    from workbench.store import open_store

    with open_store(demo) as store:
        return store.remiss_by_dnr("RS 2019-0751").sections


def synthetic(sections: int = 60, answers: int = ANSWERS):
    """A 60-section remiss and 200 answers, each with 1–3 positions on a third of the
    sections and two on the remiss as a whole."""
    from workbench.core.model import (
        ORIGIN_RECEIVED,
        Kind,
        Organisation,
        Position,
        Remiss,
        Response,
        Section,
        Status,
    )

    remiss = Remiss("Remiss med 60 avsnitt", "Region Stockholm", "RS 2026-0001", id=1)
    remiss.sections = [
        Section(f"{i // 6 + 1}.{i % 6 + 1}", f"Avsnitt {i}", 2, id=i + 1) for i in range(sections)
    ]
    keys = ("tillstyrker", "avstyrker", "tillstyrker_delvis", "foreslar", "anser", "fritext")
    paragraphs = filler()
    pairs = []
    for a in range(answers):
        positions, order = [], 0
        for s in range(sections):
            if (s + a) % 3:
                continue
            for p in range(1 + (s + a) % 3):
                positions.append(
                    Position(
                        keys[(a + s + p) % len(keys)],
                        paragraphs[(a + s + p) % len(paragraphs)],
                        section_id=s + 1,
                        order=order,
                        id=a * 1000 + order,
                    )
                )
                order += 1
        positions += [
            Position("anser", paragraphs[a % len(paragraphs)], order=order + i) for i in (0, 1)
        ]
        organisation = Organisation(name=f"Remissinstans {a:03d}", subject=f"Instans {a}", id=a + 1)
        response = Response(
            remiss_id=1, organisation_id=a + 1, kind=Kind.REMISSVAR, status=Status.SKICKAD,
            date=dt.date(2026, 11, 1), positions=positions, id=a + 1, origin=ORIGIN_RECEIVED,
        )  # fmt: skip
        pairs.append((response, organisation))
    return remiss, pairs


def bench_compile_pure() -> list[Row]:
    from workbench.compilation.matrix import compile_responses

    remiss, pairs = synthetic()
    positions = sum(len(r.positions) for r, _ in pairs)
    compiled = compile_responses(remiss, pairs)
    return [
        Row(
            f"compile {ANSWERS} answers on a {len(remiss.sections)}-section remiss (pure)",
            median_ms(lambda: compile_responses(remiss, pairs), repeat=9),
            goal="< 1000 ms",
            note=f"{positions} positions; {len(compiled.rows)} rows",
        ),
        Row(
            "  + ordering by disagreement and one stance filter",
            median_ms(lambda: (compiled.by_disagreement(), compiled.filtered(["against"]))),
        ),
    ]


def bench_compile_store(demo: Path) -> list[Row]:
    """The same 200 answers stored as received answers on a 60-section remiss."""
    from workbench.core.model import AnswerImport, Organisation, Position, Remiss, Response, Section
    from workbench.store import open_store
    from workbench.usecases.compilation_export import load_compilation

    remiss, pairs = synthetic()
    with tempfile.TemporaryDirectory() as folder:
        target = Path(folder) / "store.db"
        shutil.copy(demo, target)
        with open_store(target) as store:
            stored = store.add_remiss(
                Remiss(
                    remiss.title, remiss.sender, remiss.sender_dnr,
                    sections=[Section(s.number, s.title, s.level) for s in remiss.sections],
                )
            )  # fmt: skip
            ids = {s.number: s.id for s in stored.sections}
            numbers = {s.id: s.number for s in remiss.sections}
            with store.db.atomic():
                for index, (response, organisation) in enumerate(pairs):
                    org = store.add_organisation(Organisation(name=organisation.name))
                    moved = [
                        Position(p.stance, p.text, section_id=ids.get(numbers.get(p.section_id)))
                        for p in response.positions
                    ]
                    copy = Response(
                        remiss_id=stored.id,
                        organisation_id=org.id,
                        status=response.status,
                        positions=moved,
                    )
                    store.add_received_response(
                        copy, AnswerImport(0, f"svar-{index}.docx", f"{index:064d}")
                    )
            subject = median_ms(lambda: load_compilation(store, stored.id), repeat=7)
            floor = median_ms(lambda: store.compilation_answers(stored.id), repeat=7)
    return [
        Row(
            f"load + compile {ANSWERS} stored answers, 60 sections",
            subject,
            "store.compilation_answers alone",
            floor,
            goal="< 1000 ms",
        )
    ]


def run() -> list[Row]:
    from workbench.store import open_store
    from workbench.usecases.demo import load_demo

    with tempfile.TemporaryDirectory() as folder:
        demo = Path(folder) / "demo.db"
        with open_store(demo) as store:
            load_demo(store)
        rows = bench_compile_pure()
        rows += bench_compile_store(demo)
        rows += bench_import(demo)
    return rows
