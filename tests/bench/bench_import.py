"""Remiss import: a 300-page PDF (the seed 004 strategy repeated) next to pypdf's bare text
extraction of the same file, peak memory of both, and the outline rules on 2,000 sections.

The PDF is made once and cached under tests/bench/results/ (git-ignored): with LibreOffice
from a generated DOCX when `soffice` exists, else by concatenating the committed strategy PDF.
BENCH_REPEAT sets how many interleaved runs the PDF rows take (default 5; each is ~20 s here).
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from tests.bench import Row, interleaved_ms, median_ms
from tests.strategy_files import STRATEGY_PDF, docx_to_pdf, soffice, strategy_paragraphs, write_docx

RESULTS = Path(__file__).parent / "results"
COPIES = 34  # 9 pages each: 306 pages
ROOT = Path(__file__).resolve().parents[2]


def pdf_300() -> Path:
    target = RESULTS / f"strategy-x{COPIES}.pdf"
    if target.exists():
        return target
    RESULTS.mkdir(exist_ok=True)
    if soffice():
        with tempfile.TemporaryDirectory() as folder:
            source = write_docx(Path(folder) / target.with_suffix(".docx").name, repeat=COPIES)
            docx_to_pdf(source, target)
    else:
        from pypdf import PdfReader, PdfWriter

        writer = PdfWriter()
        for _ in range(COPIES):
            writer.append(PdfReader(STRATEGY_PDF))
        writer.write(target)
    return target


def text_2000_sections() -> str:
    """50 chapters of 39 subsections each, every one with a paragraph of the strategy."""
    body = [text for text, level in strategy_paragraphs() if not level]
    out, k = [], 0
    for chapter in range(1, 51):
        out += [f"{chapter} Kapitel {chapter}", body[k % len(body)]]
        k += 1
        for sub in range(1, 40):
            out += [f"{chapter}.{sub} Avsnitt {chapter}.{sub} om hälsodata", body[k % len(body)]]
            k += 1
    return "\n\n".join(out)


_PEAK = """
import sys
from pathlib import Path
path = Path(sys.argv[2])
if sys.argv[1] == "import":
    from workbench.ingest import read_remiss
    read_remiss(path, max_bytes=2**31)
else:
    from pypdf import PdfReader
    [page.extract_text() for page in PdfReader(path).pages]
status = Path("/proc/self/status").read_text()
print(next(line.split()[1] for line in status.splitlines() if line.startswith("VmHWM:")))
"""


def peak_mib(what: str, path: Path) -> float:
    """Peak resident memory (VmHWM, KiB) of a fresh interpreter doing `what`. Not ru_maxrss:
    Linux keeps that across fork and exec, so a child reports its big parent's peak."""
    done = subprocess.run(
        [sys.executable, "-c", _PEAK, what, str(path)],
        capture_output=True, text=True, check=True, cwd=ROOT,
    )  # fmt: skip
    return int(done.stdout.split()[-1]) / 1024


def run() -> list[Row]:
    from pypdf import PdfReader

    from workbench.ingest import read_remiss
    from workbench.ingest.numbering import candidates, choose
    from workbench.ingest.plain import text_lines
    from workbench.ingest.text import outline

    rows = []
    lines = text_lines(text_2000_sections())
    sections = len(outline(lines).sections)
    rows.append(
        Row(f"outline rules + bodies, {sections} sections", median_ms(lambda: outline(lines)),
            goal="< 200 ms")
    )  # fmt: skip
    texts = [line.text.strip() for line in lines]
    marks = [line.mark for line in lines]
    blank = [line.blank for line in lines]
    rows.append(
        Row(f"numbering rules only (candidates, parts), {sections} sections",
            median_ms(lambda: choose(candidates(texts, marks, blank))), goal="< 200 ms")
    )  # fmt: skip

    path = pdf_300()
    pages = len(PdfReader(path).pages)
    repeat = int(os.environ.get("BENCH_REPEAT", "5"))
    started = time.perf_counter()
    import_ms, extract_ms = interleaved_ms(
        lambda: read_remiss(path, max_bytes=2**31),
        lambda: [page.extract_text() for page in PdfReader(path).pages],
        repeat=repeat,
    )
    spent = time.perf_counter() - started
    parsed = read_remiss(path, max_bytes=2**31)
    from workbench.ingest.metadata import guess
    from workbench.ingest.pdf import extract_pages, page_lines

    pages_text = extract_pages(path)

    def own_work() -> None:
        lines = page_lines(pages_text)
        result = outline(lines)
        guess("\n".join(line.text for line in lines), result.preamble)

    rows.append(
        Row(
            f"import's own work on the {pages} pages (lines, rules, bodies, guesses)",
            median_ms(own_work, repeat=7),
            "pypdf extract_text, all pages",
            extract_ms,
            note="what read_remiss adds to pypdf: 1 + this ratio is the import's",
        )
    )
    import_peak, extract_peak = peak_mib("import", path), peak_mib("extract", path)
    rows.append(
        Row(
            f"import {pages}-page PDF (read_remiss)",
            import_ms,
            "pypdf extract_text, all pages",
            extract_ms,
            goal="ratio ≤ 1.3",
            note=f"peak memory {import_peak:.0f} MiB (bare extraction {extract_peak:.0f} MiB);"
            f" {len(parsed.parts)} parts, {len(parsed.sections)} sections taken;"
            f" {repeat} runs each, {spent:.0f} s",
        )
    )
    return rows
