"""Run every benchmark and print one table: `make bench` (BENCH_ARGS="store" runs a subset)."""

from __future__ import annotations

import importlib
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
    for name in modules:
        module = importlib.import_module(f"tests.bench.{name}")
        console.print(f"[dim]running {name} …[/dim]")
        for row in module.run():
            table.add_row(
                row.name,
                f"{row.median_ms:.2f} ms",
                row.floor_name,
                "" if row.floor_ms is None else f"{row.floor_ms:.2f} ms",
                "" if row.ratio is None else f"{row.ratio:.2f}x",
                row.goal,
                row.note,
            )
    console.print(table)
    console.print(
        f"[dim]{platform.machine()}, {platform.python_implementation()} "
        f"{platform.python_version()}, {platform.system()} {platform.release()}[/dim]"
    )


if __name__ == "__main__":
    main(sys.argv[1:])
