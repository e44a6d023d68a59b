"""`make bench` writes its headline figures into README.md, between the markers of the
"Mätningar" section, so the README always shows what the last full run measured."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from tests.bench import Row

README = Path(__file__).resolve().parents[2] / "README.md"
START, END = "<!-- bench:start -->", "<!-- bench:end -->"

# The rows the README shows (patterns matched at the start of their names), in this order:
# startup, section switch, save latency, import, export, search, then the hardening figures.
HEADLINES = [
    r"start to first paint",
    r"peak memory \(VmHWM\)",
    r"next section, 500-section .*render",
    r"section switch to a section of 1,100 positions",
    r"next section, 10,000 positions",
    r"keystroke to committed row",
    r"save one position",
    r"import \d+-page PDF",
    r"workbench outline \d+-page PDF, whole process",
    r"peak memory, import \d+-page PDF",
    r"import, worst fuzz case",
    r"import \d+ answers of ~10 pages",
    r"workbench export \(whole process",
    r"export \.docx, 10,000 positions",
    r"search, mixed .* p95",
    r"search as you type .*, mixed .* p95",
    r"backup \(online API\)",
    r"language: load",
    r"language: whole check",
    r"language: re-check",
    r"language: suggestions",
]


def headline_rows(rows: list[Row]) -> list[Row]:
    chosen = []
    for pattern in HEADLINES:
        match = next((row for row in rows if re.match(pattern, row.name.strip())), None)
        if match is not None and match not in chosen:
            chosen.append(match)
    return chosen


def figure(value: float | None, unit: str) -> str:
    if value is None:
        return ""
    return f"{value:.2f} {unit}" if value < 10 else f"{value:.0f} {unit}"


def table(rows: list[Row], machine: str, today: dt.date | None = None) -> str:
    lines = [
        f"Measured by `make bench` on {(today or dt.date.today()).isoformat()}: {machine}."
        " Medians; each floor was measured side by side in the same run.",
        "",
        "| measurement | median | floor | floor median | ratio | goal |",
        "| --- | ---: | --- | ---: | ---: | --- |",
    ]
    for row in headline_rows(rows):
        ratio = "" if row.ratio is None else f"{row.ratio:.2f}×"
        name = row.name.strip() + (f" ({row.note})" if row.note else "")
        lines.append(
            f"| {name} | {figure(row.median_ms, row.unit)} | {row.floor_name}"
            f" | {figure(row.floor_ms, row.unit)} | {ratio} | {row.goal} |"
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
