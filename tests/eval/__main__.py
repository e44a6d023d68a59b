"""`make eval`: each labelled document read by the importer, scored against its expected outline.

    .venv/bin/python -m tests.eval [FILTER …] [--detail] [--held-out-detail] [--write-readme]

Per document, in a subprocess of its own (`one.py`): heading F1 for numbered headings and for all
headings, titles right, text coverage, seconds and peak memory (matching: see `score.py`).
Held-out documents (`held_out = true` in their label file) are printed in a block of their own;
the importer is never tuned to them, and `--detail` (what was missed, what is extra, which level
or title is wrong) leaves them out unless `--held-out-detail` is given. `--write-readme` puts the
table in README.md's Mätningar, between `<!-- eval:start -->` and `<!-- eval:end -->`.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from rich.console import Console
from rich.table import Table

from tests.eval.labels import ROOT, SHARED, Heading, load, stems
from tests.eval.score import Score, score

README = ROOT / "README.md"
START, END = "<!-- eval:start -->", "<!-- eval:end -->"
TIMEOUT_S = 600


@dataclass
class Result:
    stem: str
    held_out: bool
    numbered: bool
    score: Score
    kept: float  # kept / extracted
    accounted: float | None  # (kept + reported removals) / extracted
    removed: dict[str, int] | None
    reported_ratio: float | None
    seconds: float
    peak_mib: float
    parts: int
    extractor: str


def measure(stem: str) -> Result:
    expected = load(stem)
    completed = subprocess.run(
        [sys.executable, "-m", "tests.eval.one", stem],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=TIMEOUT_S,
        check=False,
    )
    if completed.returncode != 0:
        last = (completed.stderr.strip().splitlines() or ["(no message)"])[-1]
        raise RuntimeError(f"{stem}: the importer failed: {last}")
    data = json.loads(completed.stdout)
    found = [Heading(s["level"], s["number"], s["title"]) for s in data["sections"]]
    report = data["report"] or {}
    removed = report.get("removed")
    extracted = max(data["extracted"], 1)
    accounted = None if removed is None else (data["kept"] + sum(removed.values())) / extracted
    return Result(
        stem=stem,
        held_out=expected.held_out,
        numbered=expected.numbered,
        score=score(expected.headings, found),
        kept=data["kept"] / extracted,
        accounted=accounted,
        removed=removed,
        reported_ratio=report.get("ratio"),
        seconds=data["seconds"],
        peak_mib=data["peak_kib"] / 1024,
        parts=data["parts"],
        extractor=data["extractor"],
    )


def fmt(value: float | None, digits: int = 2) -> str:
    return "–" if value is None else f"{value:.{digits}f}"


def pct(value: float | None) -> str:
    return "n/a" if value is None else f"{value * 100:.1f} %"


def removed_text(result: Result) -> str:
    """Characters removed per kind as the importer reports them, with its own coverage figure."""
    own = "" if result.reported_ratio is None else f"own {pct(result.reported_ratio)}; "
    if result.removed is None:
        return own + "n/a"
    if not result.removed:
        return own + "none"
    return own + ", ".join(f"{kind} {chars}" for kind, chars in sorted(result.removed.items()))


def row(result: Result) -> list[str]:
    s = result.score
    numbered = (
        f"{fmt(s.f1_numbered)} ({s.hits_numbered}/{s.expected_numbered})"
        if result.numbered
        else "–"
    )
    return [
        result.stem,
        str(s.expected),
        str(s.found),
        numbered,
        f"{fmt(s.f1_all)} ({s.hits}/{s.expected})",
        f"{s.titles_right}/{s.paired}",
        pct(result.kept),
        pct(result.accounted),
        removed_text(result),
        f"{result.seconds:.2f}",
        f"{result.peak_mib:.0f}",
    ]


HEADER = [
    "document",
    "expected",
    "found",
    "F1 numbered (hits)",
    "F1 all (hits)",
    "titles right",
    "kept",
    "kept + removed",
    "removed (importer)",
    "s",
    "peak MiB",
]


def mean(values: list[float]) -> float | None:
    return sum(values) / len(values) if values else None


def summary(results: list[Result]) -> list[list[str]]:
    numbered = [r.score.f1_numbered or 0.0 for r in results if r.numbered]
    every = [r.score.f1_all or 0.0 for r in results]
    low = min(results, key=lambda r: r.kept, default=None)
    blank = [""] * (len(HEADER) - 1)
    rows = []
    rows.append(["numbered docs, mean F1", *blank[:2], fmt(mean(numbered)), *blank[3:]])
    rows.append(["all docs, mean F1", *blank[:3], fmt(mean(every)), *blank[4:]])
    if low is not None:
        accounted = [r.accounted for r in results]
        low_accounted = None if None in accounted else min(accounted)
        rows.append(
            [
                f"min coverage ({low.stem})",
                *blank[:5],
                pct(low.kept),
                pct(low_accounted),
                *blank[7:],
            ]
        )
    return rows


def blocks(results: list[Result]) -> list[tuple[str, list[Result]]]:
    return [
        ("Documents the importer is developed on", [r for r in results if not r.held_out]),
        ("Held out (never tuned to)", [r for r in results if r.held_out]),
    ]


def print_tables(console: Console, results: list[Result]) -> None:
    for title, chosen in blocks(results):
        if not chosen:
            continue
        table = Table(title=title, header_style="bold")
        for name in HEADER:
            left = name.startswith(("doc", "rem"))
            table.add_column(name, justify="left" if left else "right", no_wrap=name == "document")
        for result in chosen:
            table.add_row(*row(result))
        table.add_section()
        for cells in summary(chosen):
            table.add_row(*cells, style="bold")
        console.print(table)
    extractors = sorted({r.extractor for r in results})
    console.print(
        "[dim]kept: letters and digits in the sections / in the reference extraction"
        f" ({', '.join(extractors)}); kept + removed adds what the importer reports removing;"
        " s: read_remiss in process; peak: ru_maxrss of the document's own process.[/dim]"
    )


def markdown(results: list[Result], today: dt.date | None = None) -> str:
    from tests.bench.__main__ import machine

    lines = [
        f"Measured by `make eval` on {(today or dt.date.today()).isoformat()}: {machine()}."
        " Heading F1 against outlines written by hand (`tests/eval/remiss/`); a heading counts"
        " when number, title and level match (see `tests/eval/score.py`).",
    ]
    for title, chosen in blocks(results):
        if not chosen:
            continue
        lines += ["", f"**{title}**", ""]
        lines.append("| " + " | ".join(HEADER) + " |")
        lines.append("| --- |" + " ---: |" * (len(HEADER) - 1))
        for result in chosen:
            lines.append("| " + " | ".join(row(result)) + " |")
        for cells in summary(chosen):
            lines.append("| " + " | ".join(f"**{c}**" if c else "" for c in cells) + " |")
    return "\n".join(lines)


def write_readme(text: str, readme: Path = README) -> bool:
    """Replace what stands between the eval markers; False when the markers are missing."""
    content = readme.read_text(encoding="utf-8")
    if START not in content or END not in content:
        return False
    head, rest = content.split(START, 1)
    _, tail = rest.split(END, 1)
    readme.write_text(f"{head}{START}\n{text}\n{END}{tail}", encoding="utf-8")
    return True


def print_detail(console: Console, result: Result) -> None:
    s = result.score
    console.print(f"\n[bold]{result.stem}[/bold] ({result.parts} part(s) in the file)")

    def shown(h: Heading) -> str:
        return f"L{h.level} {h.number} {h.title}".replace("  ", " ")

    for label, items in (("missed", s.missed), ("extra", s.extra)):
        for heading in items:
            console.print(f"  {label:<11} {shown(heading)}", markup=False)
    for expected, found in s.wrong_level:
        console.print(f"  {'level':<11} {shown(expected)}  ≠  {shown(found)}", markup=False)
    for expected, found in s.wrong_title:
        console.print(f"  {'title':<11} {shown(expected)}  ≠  {shown(found)}", markup=False)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="make eval", description=__doc__.split("\n")[0])
    parser.add_argument("filters", nargs="*", help="only label files whose name holds one")
    parser.add_argument("--detail", action="store_true", help="list misses, extras, wrong levels")
    parser.add_argument("--held-out-detail", action="store_true", help="detail for held-out too")
    parser.add_argument("--write-readme", action="store_true", help="update README Mätningar")
    args = parser.parse_args(argv)
    # Piped or logged, the table keeps its columns instead of folding to 80 characters.
    console = Console(width=None if sys.stdout.isatty() else 200)
    if not SHARED.is_dir():
        console.print(f"make eval: {SHARED} is missing; the real documents live there. Skipped.")
        return 0
    chosen = [s for s in stems() if not args.filters or any(f in s for f in args.filters)]
    missing = [s for s in chosen if not load(s).path.exists()]
    for stem in missing:
        console.print(f"[yellow]skipped {stem}: {load(stem).path} is missing[/yellow]")
    results = []
    for stem in chosen:
        if stem in missing:
            continue
        console.print(f"[dim]reading {stem} …[/dim]")
        try:
            results.append(measure(stem))
        except (RuntimeError, subprocess.TimeoutExpired) as exc:
            console.print(f"[red]{exc}[/red]")
    print_tables(console, results)
    if args.detail or args.held_out_detail:
        for result in results:
            if not result.held_out or args.held_out_detail:
                print_detail(console, result)
    if args.write_readme:
        if args.filters:
            console.print(
                "[yellow]README not written: run without filters for the full table[/yellow]"
            )
        elif write_readme(markdown(results)):
            console.print("[dim]README.md: Mätningar (eval) updated[/dim]")
        else:
            console.print(f"[yellow]README.md has no {START} … {END} markers[/yellow]")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
