"""Remiss import: a 306-page PDF (the seed 004 strategy repeated) next to PDFium's bare text
extraction of the same file (pypdfium2, the floor issue 17 names), in process and as whole
processes (`workbench outline` against a bare extraction script), peak memory of both, and the
outline rules on 2,000 sections. pypdf's extraction, what the import used before, is timed once
beside them.

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


_BARE = """
import sys
import pypdfium2 as pdfium
document = pdfium.PdfDocument(sys.argv[1])
text = [document[i].get_textpage().get_text_range() for i in range(len(document))]
"""

_PEAK = """
import sys
from pathlib import Path
path = Path(sys.argv[2])
if sys.argv[1] == "import":
    from workbench.ingest import read_remiss
    read_remiss(path, max_bytes=2**31)
else:
    import pypdfium2 as pdfium
    document = pdfium.PdfDocument(str(path))
    text = [document[i].get_textpage().get_text_range() for i in range(len(document))]
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


def bare_extraction(path: Path) -> list[str]:
    """The floor: PDFium's text of every page, nothing else."""
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(str(path))
    try:
        return [document[i].get_textpage().get_text_range() for i in range(len(document))]
    finally:
        document.close()


def _workbench() -> list[str]:
    script = Path(sys.executable).with_name("workbench")
    if script.exists():
        return [str(script)]
    return [sys.executable, "-c", "from workbench.cli import main; main()"]


def run() -> list[Row]:
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
    pages = len(bare_extraction(path))
    repeat = int(os.environ.get("BENCH_REPEAT", "5"))
    started = time.perf_counter()
    import_ms, extract_ms = interleaved_ms(
        lambda: read_remiss(path, max_bytes=2**31), lambda: bare_extraction(path), repeat=repeat
    )
    spent = time.perf_counter() - started
    parsed = read_remiss(path, max_bytes=2**31)
    # What the import took before PDFium, once: pypdf's extraction alone (issue 17: 6.4 s).
    from pypdf import PdfReader

    started = time.perf_counter()
    [page.extract_text() for page in PdfReader(path).pages]
    pypdf_ms = (time.perf_counter() - started) * 1000
    rows.append(
        Row(
            f"import {pages}-page PDF (read_remiss: text, typography, tables, outline)",
            import_ms,
            "pypdfium2 text of all pages",
            extract_ms,
            goal="ratio ≤ 2; ≤ 1600 ms (4× under pypdf's 6.4 s)",
            note=f"pypdf's extraction alone, once, same run: {pypdf_ms:.0f} ms;"
            f" {len(parsed.parts)} parts, {len(parsed.sections)} sections taken,"
            f" coverage {parsed.coverage.ratio:.3f}; {repeat} runs each, {spent:.0f} s",
        )
    )
    outline_cmd = [*_workbench(), "outline", str(path)]
    bare_cmd = [sys.executable, "-c", _BARE, str(path)]
    process_ms, bare_process_ms = interleaved_ms(
        lambda: subprocess.run(outline_cmd, capture_output=True, check=True, cwd=ROOT),
        lambda: subprocess.run(bare_cmd, capture_output=True, check=True, cwd=ROOT),
        repeat=repeat,
    )
    rows.append(
        Row(
            f"workbench outline {pages}-page PDF, whole process",
            process_ms,
            "python + pypdfium2 script",
            bare_process_ms,
            goal="ratio ≤ 3",
            note="Python start-up included in both",
        )
    )
    import_peak, extract_peak = peak_mib("import", path), peak_mib("extract", path)
    rows.append(
        Row(
            f"peak memory, import {pages}-page PDF",
            import_peak,
            "bare pypdfium2 extraction",
            extract_peak,
            goal="ratio ≤ 1.5",
            note="VmHWM of a fresh interpreter each",
            unit="MiB",
        )
    )
    return rows
