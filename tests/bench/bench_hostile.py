"""Hardening figures (issue 8), each beside its floor measured in the same run:

* the workspace's next-section on a response of 10,000 positions and one of 1 MB, against the
  same step on the demo's response;
* its Word export, against the demo response's;
* the worst hostile import of the fuzz suite (a 20 MB line), time and peak memory of the
  whole `workbench remiss import` process, against importing a real seed file;
* `workbench backup` of the demo store, against copying the file;
* issue 13's large and hostile inputs, whole `workbench` processes, time and peak memory
  against a bare read of the same file in a process of its own: 680 kB of lower-case
  paragraphs, the .docx that declares 525 B and inflates to 1 GiB, a 99 MB one-line .txt
  (outline and import), a 99 MB answer, a .docx of 10^6 paragraphs.
"""

from __future__ import annotations

import asyncio
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from tests import hostile_inputs
from tests.bench import Row, interleaved_ms
from tests.conftest import SEEDS
from tests.test_hostile_text import fill
from workbench.store import open_store
from workbench.usecases.demo import load_demo
from workbench.usecases.export import export_response

WORKBENCH = Path(sys.executable).with_name("workbench")


def _demo(db: Path) -> None:
    with open_store(db) as store:
        load_demo(store)


def _draft(db: Path) -> int:
    with open_store(db) as store:
        return next(r.id for r in store.list_responses() if r.organisation == "Stockholms stad")


def _section_steps(db: Path, response_id: int, steps: int = 30) -> list[float]:
    from workbench.tui.app import make_app
    from workbench.tui.screens.workspace import WorkspaceScreen

    times: list[float] = []

    async def run() -> None:
        app = make_app(db, keymap={})
        async with app.run_test(size=(140, 40)) as pilot:
            screen = WorkspaceScreen(response_id)
            await app.push_screen(screen)
            await pilot.pause()
            for step in range(steps):
                start = time.perf_counter()
                screen.show_stop(1 + step % 8)
                screen._refresh_layout(screen.size)
                screen._compositor_refresh()
                times.append((time.perf_counter() - start) * 1000)
                await pilot.pause()

    asyncio.run(run())
    return times


def _import(db: Path, path: Path) -> tuple[float, float]:
    """Wall time (ms) and peak memory (MB) of one `workbench remiss import` process."""
    start = time.perf_counter()
    process = subprocess.Popen(
        [WORKBENCH, "--db", db, "remiss", "import", path],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env={**os.environ, "WORKBENCH_HOME": str(db.parent / "home")},
    )
    _, _, usage = os.wait4(process.pid, 0)
    return (time.perf_counter() - start) * 1000, usage.ru_maxrss / 1024


def _process(db: Path, *args: str | Path) -> tuple[float, float]:
    """Wall time (ms) and peak memory (MB) of one `workbench` process."""
    return _timed([WORKBENCH, "--db", db, *args], db.parent)


def _bare_read(path: Path) -> tuple[float, float]:
    """The floor: a Python process that reads the file and nothing else."""
    code = "import sys; open(sys.argv[1], 'rb').read()"
    return _timed([sys.executable, "-c", code, path], path.parent)


# A child's peak memory counts the parent's at the fork: a small launcher starts each run, so
# that the bench's own memory is not in the figure, and reports its child's peak.
_LAUNCH = (
    "import resource, subprocess, sys; subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL,"
    " stderr=subprocess.DEVNULL); print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)"
)


def _timed(command: list, folder: Path) -> tuple[float, float]:
    start = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-c", _LAUNCH, *map(str, command)],
        capture_output=True,
        text=True,
        env={**os.environ, "WORKBENCH_HOME": str(folder / "home")},
        check=True,
    )
    return (time.perf_counter() - start) * 1000, int(done.stdout.split()[-1]) / 1024


def _made(maker: str, path: Path, *args: str) -> Path:
    """An input of `hostile_inputs` made in a process of its own: made here, the bench's own
    memory would count in every child's peak (a child starts with its parent's)."""
    call = f"{maker}(Path({str(path)!r}), {', '.join(repr(str(a)) for a in args)})"
    code = f"from pathlib import Path; from tests.hostile_inputs import {maker}; {call}"
    subprocess.run([sys.executable, "-c", code], check=True)
    return path


def _large_inputs(folder: Path) -> list[Row]:
    """Issue 13: each input once through the whole process, beside a bare read of it."""
    template = hostile_inputs.template_docx(folder)
    db = folder / "large.db"
    _process(db, "remiss", "import", SEEDS / "001_ef9c50708ab3183d.txt")  # remiss 1
    text = _made("outline_text", folder / "rad.txt")
    cases = [
        ("680 kB lower-case paragraphs, outline", "< 1 s",
         _made("lower_case_paragraphs", folder / "stycken.txt"), ("outline",)),
        ("lying .docx (525 B declared, 1 GiB inflated), refused", "≤ 50 MB over the floor",
         _made("lying_docx", folder / "ljuger.docx", template), ("outline",)),
        ("99 MB one-line .txt, outline", "< 1 GB, ≤ 10× the text", text, ("outline",)),
        ("99 MB one-line .txt, remiss import", "< 1 GB, ≤ 10× the text",
         text, ("remiss", "import")),
        ("99 MB answer .txt, answer import (refused: > 5 MB text)", "< 1 GB",
         _made("answer_text", folder / "svar.txt"), ("answer", "import", "1")),
        (".docx of 10^6 paragraphs (35 MB of text), outline", "< 1 GB, ≤ 10× the text",
         _made("many_paragraphs_docx", folder / "miljon.docx", template), ("outline",)),
    ]  # fmt: skip
    rows = []
    for name, goal, path, command in cases:
        took, peak = _process(db, *command, path)
        floor_ms, floor_mb = _bare_read(path)
        rows.append(Row(name, took, "bare read of the file", floor_ms, goal=goal,
                        note=f"peak {peak:.0f} MB (bare read {floor_mb:.0f} MB),"
                        f" file {path.stat().st_size / 2**20:.1f} MB"))  # fmt: skip
        rows.append(Row(f"{name}: peak memory", peak, "bare read", floor_mb, unit="MiB"))
    return rows


def run() -> list[Row]:
    rows = []
    with tempfile.TemporaryDirectory() as folder:
        folder = Path(folder)
        plain, hostile = folder / "demo.db", folder / "hostile.db"
        _demo(plain)
        _demo(hostile)
        fill(hostile)
        open_store(hostile).close()  # index now, not inside the timings

        big = statistics.median(_section_steps(hostile, _draft(hostile)))
        small = statistics.median(_section_steps(plain, _draft(plain)))
        rows.append(
            Row(
                "next section, 10,000 positions + 1 MB (action + layout + render)",
                big,
                "same on the demo response",
                small,
                goal="< 100 ms",
            )
        )

        with open_store(hostile) as store_big, open_store(plain) as store_small:
            exported_big, exported_small = interleaved_ms(
                lambda: export_response(store_big, _draft(hostile), out=folder / "big.docx"),
                lambda: export_response(store_small, _draft(plain), out=folder / "small.docx"),
                repeat=3,
            )
        rows.append(
            Row(
                "export .docx, 10,000 positions + 1 MB",
                exported_big,
                "demo response .docx",
                exported_small,
                goal="succeeds",
            )
        )

        huge = folder / "huge-line.txt"
        huge.write_bytes(b"1 Inledning\n" + b"ord " * 5_000_000 + b"\n2 Slut\n")
        seed = SEEDS / "001_ef9c50708ab3183d.txt"
        worst = [_import(folder / f"i{n}.db", huge) for n in range(3)]
        normal = [_import(folder / f"s{n}.db", seed) for n in range(3)]
        rows.append(
            Row(
                "import, worst fuzz case (20 MB line), whole process",
                statistics.median(t for t, _ in worst),
                "import of seed 001 (txt)",
                statistics.median(t for t, _ in normal),
                goal="< 5 s, < 500 MB",
                note=f"peak {max(m for _, m in worst):.0f} MB "
                f"(seed: {max(m for _, m in normal):.0f} MB)",
            )
        )

        with open_store(plain) as store:
            backed, copied = interleaved_ms(
                lambda: store.backup(folder / "backup.db"),
                lambda: shutil.copyfile(plain, folder / "copy.db"),
                repeat=15,
            )
        rows.append(
            Row(
                "backup (online API), demo store",
                backed,
                "shutil.copyfile of the file",
                copied,
                note=f"{plain.stat().st_size // 1024} kB",
            )
        )
        rows += _large_inputs(folder)
    return rows
