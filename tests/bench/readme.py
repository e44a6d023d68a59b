"""`make bench` writes its headline figures into README.md, between the markers of the
"Mätningar" section, so the README always shows what the last full run measured."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from tests.bench import Row

README = Path(__file__).resolve().parents[2] / "README.md"
START, END = "<!-- bench:start -->", "<!-- bench:end -->"

# The rows the README shows (by the start of their names), in this order: startup, section
# switch, save latency, import, export, search, then the hardening figures.
HEADLINES = [
    "start to first paint",
    "peak memory (VmHWM) after first paint",
    "next section, 500-section remiss (action + layout + render)",
    "next section, 10,000 positions",
    "keystroke to committed row",
    "save one position",
    "import 30-page PDF",
    "import, worst fuzz case",
    "workbench export (whole process",
    "export .docx, 10,000 positions",
    "search",
    "backup (online API)",
]


def headline_rows(rows: list[Row]) -> list[Row]:
    chosen = []
    for prefix in HEADLINES:
        match = next((row for row in rows if row.name.strip().startswith(prefix)), None)
        if match is not None and match not in chosen:
            chosen.append(match)
    return chosen


def table(rows: list[Row], machine: str, today: dt.date | None = None) -> str:
    lines = [
        f"Measured by `make bench` on {(today or dt.date.today()).isoformat()}: {machine}."
        " Medians; each floor was measured side by side in the same run.",
        "",
        "| measurement | median | floor | floor median | ratio | goal |",
        "| --- | ---: | --- | ---: | ---: | --- |",
    ]
    for row in headline_rows(rows):
        floor_ms = "" if row.floor_ms is None else f"{row.floor_ms:.1f} ms"
        ratio = "" if row.ratio is None else f"{row.ratio:.2f}×"
        name = row.name.strip() + (f" ({row.note})" if row.note else "")
        lines.append(
            f"| {name} | {row.median_ms:.1f} ms | {row.floor_name} | {floor_ms} | {ratio}"
            f" | {row.goal} |"
        )
    return "\n".join(lines)


def write_readme(rows: list[Row], machine: str, readme: Path = README) -> bool:
    """Replace what stands between the markers; False when the README has none."""
    text = readme.read_text(encoding="utf-8")
    if START not in text or END not in text:
        return False
    head, rest = text.split(START, 1)
    _, tail = rest.split(END, 1)
    readme.write_text(f"{head}{START}\n{table(rows, machine)}\n{END}{tail}", encoding="utf-8")
    return True
