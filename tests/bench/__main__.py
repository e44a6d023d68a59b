"""Run every benchmark and print one table: `make bench` (BENCH_ARGS="store" runs a subset)."""

from __future__ import annotations

import importlib
import os
import platform
import sys
from pathlib import Path

from rich.console import Console
from rich.table import Table


def main(filters: list[str]) -> None:
    here = Path(__file__).parent
    modules = sorted(p.stem for p in here.glob("bench_*.py"))
    if filters:
        modules = [m for m in modules if any(f in m for f in filters)]
    table = Table(title="Remiss Workbench benchmarks (medians)", header_style="bold")
    for column in ("benchmark", "median", "floor", "floor median", "ratio", "goal", "note"):
        table.add_column(column)
    console = Console()
    rows = []
    for name in modules:
        module = importlib.import_module(f"tests.bench.{name}")
        console.print(f"[dim]running {name} …[/dim]")
        for row in module.run():
            rows.append(row)
            table.add_row(
                row.name,
                f"{row.median_ms:.2f} {row.unit}",
                row.floor_name,
                "" if row.floor_ms is None else f"{row.floor_ms:.2f} {row.unit}",
                "" if row.ratio is None else f"{row.ratio:.2f}x",
                row.goal,
                row.note,
            )
    console.print(table)
    console.print(f"[dim]{machine()}[/dim]")
    if not filters:
        from tests.bench.readme import write_readme

        if write_readme(rows, machine()):
            console.print("[dim]README.md: Mätningar updated[/dim]")


def machine() -> str:
    """What the figures were measured on: CPU, cores, Python, system."""
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return (
        f"{cpu}, {os.cpu_count()} cores, {platform.python_implementation()}"
        f" {platform.python_version()}, {platform.system()} {platform.release()}"
    )


if __name__ == "__main__":
    main(sys.argv[1:])
