"""Read one labelled document with the real importer, in a process of its own; print JSON.

    .venv/bin/python -m tests.eval.one <label-stem>

The importer is `workbench.ingest.read_remiss`, the function `workbench outline` calls, with its
defaults (the part it takes is the part the officer gets). Printed: the sections (number, title,
level), the seconds `read_remiss` took, the process's peak resident memory (ru_maxrss) read right
after it, and the characters for the coverage:

- `kept`: letters and digits in the sections' numbers, titles and bodies;
- `extracted`: letters and digits in a reference extraction of the same file, made after the
  peak was read so it cannot raise it: pypdfium2 for a PDF when it is installed, else pypdf;
  python-docx's paragraphs and table cells in body order for a DOCX; the decoded text otherwise.
  Counting only letters and digits keeps markup (`- `, `|`), dot leaders and spacing out of it.
- `report`: what the importer says about its own coverage, when it says anything. Read
  duck-typed from the parsed result: `coverage` (a number, or an object or mapping with
  `extracted`, `kept` and `removed`), or `removed`/`removals` (a mapping of kind → characters or
  text, or a list of objects with `kind` and `text`/`chars`). Absent: `null`, shown as "n/a".
"""

from __future__ import annotations

import json
import resource
import sys
import tempfile
import time
from collections.abc import Mapping
from pathlib import Path

from tests.eval.labels import load


def alnum(text: str) -> int:
    return sum(1 for char in text if char.isalnum())


def reference_text(path: Path, skip_lines: int) -> tuple[str, str]:
    """The file's text by an extractor independent of the importer, and that extractor's name."""
    suffix = path.suffix.lower()
    if suffix == ".pdf":
        try:
            import pypdfium2 as pdfium
        except ImportError:
            from pypdf import PdfReader

            reader = PdfReader(path)
            return "\n".join(page.extract_text() or "" for page in reader.pages), "pypdf"
        document = pdfium.PdfDocument(str(path))
        try:
            pages = []
            for page in document:
                textpage = page.get_textpage()
                pages.append(textpage.get_text_range())
                textpage.close()
                page.close()
            return "\n".join(pages), "pypdfium2"
        finally:
            document.close()
    if suffix == ".docx":
        import docx
        from docx.table import Table
        from docx.text.paragraph import Paragraph

        document = docx.Document(str(path))
        parts = []
        for block in document.element.body.iterchildren():
            tag = block.tag.rsplit("}", 1)[-1]
            if tag == "p":
                parts.append(Paragraph(block, document).text)
            elif tag == "tbl":
                for row in Table(block, document).rows:
                    parts.extend(cell.text for cell in row.cells)
        return "\n".join(parts), "python-docx"
    text = path.read_bytes().decode("utf-8", errors="replace")
    return "\n".join(text.splitlines()[skip_lines:]), "text"


def chars_of(value) -> int:
    if isinstance(value, int):
        return value
    if isinstance(value, str):
        return alnum(value)
    for name in ("chars", "characters", "text"):
        if hasattr(value, name):
            return chars_of(getattr(value, name))
    return 0


def removed_by_kind(value) -> dict[str, int] | None:
    if value is None:
        return None
    if isinstance(value, Mapping):
        return {str(kind): chars_of(amount) for kind, amount in value.items()}
    totals: dict[str, int] = {}
    for item in value:
        kind = str(getattr(item, "kind", "?"))
        totals[kind] = totals.get(kind, 0) + chars_of(item)
    return totals


def importer_report(parsed) -> dict | None:
    """The importer's own account of its coverage, if it gives one."""
    coverage = getattr(parsed, "coverage", None)
    removed = getattr(parsed, "removed", None) or getattr(parsed, "removals", None)
    report: dict = {}
    if isinstance(coverage, int | float):
        report["ratio"] = float(coverage)
    elif coverage is not None:
        get = (
            coverage.get if isinstance(coverage, Mapping) else lambda k: getattr(coverage, k, None)
        )
        extracted, kept = get("extracted"), get("kept")
        if isinstance(extracted, int) and isinstance(kept, int) and extracted:
            report["ratio"] = kept / extracted
        removed = removed or get("removed")
        ratio = get("ratio")
        if isinstance(ratio, int | float):
            report["ratio"] = float(ratio)
    by_kind = removed_by_kind(removed)
    if by_kind is not None:
        report["removed"] = by_kind
    return report or None


def run(stem: str) -> dict:
    expected = load(stem)
    source = expected.path
    with tempfile.TemporaryDirectory() as tmp:
        path = source
        if expected.skip_lines:
            path = Path(tmp) / source.name
            lines = source.read_bytes().decode("utf-8").splitlines(keepends=True)
            path.write_text("".join(lines[expected.skip_lines :]), encoding="utf-8")
        from workbench.ingest import read_remiss

        start = time.perf_counter()
        parsed = read_remiss(path)
        seconds = time.perf_counter() - start
        peak_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    text, extractor = reference_text(source, expected.skip_lines)
    sections = parsed.sections
    return {
        "sections": [{"number": s.number, "title": s.title, "level": s.level} for s in sections],
        "parts": len(parsed.parts),
        "seconds": seconds,
        "peak_kib": peak_kib,
        "kept": sum(alnum(f"{s.number} {s.title}\n{s.body}") for s in sections),
        "extracted": alnum(text),
        "extractor": extractor,
        "report": importer_report(parsed),
    }


if __name__ == "__main__":
    json.dump(run(sys.argv[1]), sys.stdout, ensure_ascii=False)
