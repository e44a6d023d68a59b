"""PDFs built for a test with PDFium itself: lines of text in the standard fonts at given
sizes, and shaded rectangles, so a test says exactly what typography the importer reads."""

from __future__ import annotations

import ctypes
from dataclasses import dataclass, field
from pathlib import Path

WIDTH, HEIGHT = 595.0, 842.0  # A4 in points
LEFT = 72.0


@dataclass
class PdfLine:
    text: str
    size: float = 10.0
    bold: bool = False
    gap: float = 0.0  # extra space above the line, in points
    face: str = "Helvetica"  # a standard font's family: "Helvetica" or "Times"


@dataclass
class Shade:
    """A light rectangle behind the lines `first` to `last` (indexes into the page's lines)."""

    first: int
    last: int
    rgb: tuple[int, int, int] = (226, 238, 245)


@dataclass
class PdfPageSpec:
    lines: list[PdfLine]
    shades: list[Shade] = field(default_factory=list)


def write_pdf(path: Path, pages: list[PdfPageSpec]) -> Path:
    import pypdfium2 as pdfium
    import pypdfium2.raw as raw

    document = pdfium.PdfDocument.new()
    for spec in pages:
        page = document.new_page(WIDTH, HEIGHT)
        baselines: list[tuple[float, float]] = []  # (baseline, size) of each line
        y = HEIGHT - 72.0
        for line in spec.lines:
            y -= line.gap + 1.4 * line.size
            baselines.append((y, line.size))
        for shade in spec.shades:
            top = baselines[shade.first][0] + baselines[shade.first][1] + 4
            bottom = baselines[shade.last][0] - 6
            rect = raw.FPDFPageObj_CreateNewRect(
                LEFT - 6, bottom, WIDTH - 2 * LEFT + 12, top - bottom
            )
            raw.FPDFPageObj_SetFillColor(rect, *shade.rgb, 255)
            raw.FPDFPath_SetDrawMode(rect, raw.FPDF_FILLMODE_WINDING, False)
            raw.FPDFPage_InsertObject(page.raw, rect)
        for line, (baseline, size) in zip(spec.lines, baselines, strict=True):
            obj = raw.FPDFPageObj_NewTextObj(document.raw, _font(line), size)
            encoded = (line.text + "\0").encode("utf-16-le")
            buffer = ctypes.create_string_buffer(encoded, len(encoded))
            raw.FPDFText_SetText(obj, ctypes.cast(buffer, raw.FPDF_WIDESTRING))
            raw.FPDFPageObj_Transform(obj, 1, 0, 0, 1, LEFT, baseline)
            raw.FPDFPage_InsertObject(page.raw, obj)
        raw.FPDFPage_GenerateContent(page.raw)
        page.close()
    document.save(path)
    document.close()
    return path


def _font(line: PdfLine) -> bytes:
    if line.face == "Times":
        return b"Times-Bold" if line.bold else b"Times-Roman"
    return b"Helvetica-Bold" if line.bold else b"Helvetica"
