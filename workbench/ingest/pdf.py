"""PDF files through their text layer (pypdf, imported only when a PDF is read)."""

from __future__ import annotations

import logging
import re
from pathlib import Path

from workbench.ingest.lines import Line, is_page_furniture
from workbench.ingest.result import IngestError

_SENTENCE_END = re.compile(r"[.!?:;”\")]$")
_SCANNED = (
    "PDF-filen saknar textlager (den är troligen inskannad); kör OCR på den eller importera"
    " en textversion."
)


def pdf_lines(path: Path) -> list[Line]:
    """The text of every page of a PDF as lines."""
    return page_lines(extract_pages(path))


def page_lines(pages: list[str]) -> list[Line]:
    """Extracted page texts as lines, each marked where the source ends a paragraph."""
    lines: list[Line] = []
    raw_pages = [page.replace("\u00ad", "").split("\n") for page in pages]
    wrapped = sum(raw.endswith(" ") for page in raw_pages for raw in page)
    total = sum(len(page) for page in raw_pages) or 1
    # Most producers end a line that goes on with a space and a paragraph's last line without
    # one; where a file does not, a short line ending a sentence ends the paragraph.
    trailing_space = wrapped >= 0.1 * total
    for number, page in enumerate(raw_pages):
        width = max((len(raw.strip()) for raw in page), default=0)
        for raw in page:
            text = raw.strip()
            full = len(text) >= 0.8 * width
            if trailing_space:  # a full line that stops mid-sentence goes on all the same
                ends = not raw.endswith((" ", "-")) and not (
                    full and not _SENTENCE_END.search(text)
                )
            else:
                ends = not full and bool(_SENTENCE_END.search(text))
            lines.append(Line(text, number, ends=ends))
        last = next((line for line in reversed(lines) if _content(line)), None)
        if last is None or last.ends:
            lines.append(Line("", number))  # else the paragraph goes on over the page break
    return lines


_ENCRYPTED = "PDF-filen är lösenordsskyddad (krypterad); spara den utan lösenord och försök igen."


def _content(line: Line) -> bool:
    """Not blank, and no page number or running footer by its shape."""
    text = line.text
    return bool(text.strip()) and not is_page_furniture(text) and not text.strip().isdigit()


def extract_pages(path: Path) -> list[str]:
    """pypdf's text of each page; clear errors for encrypted, broken and scanned files."""
    from pypdf import PdfReader, errors

    # pypdf logs what it repairs in a damaged file; unconfigured, logging prints that on
    # stderr, under the one line the CLI promises. A file it cannot read raises all the same.
    logging.getLogger("pypdf").setLevel(logging.CRITICAL)
    # AES needs a crypto library pypdf does not require; without one it cannot even try.
    cannot_decrypt = (
        NotImplementedError,
        errors.FileNotDecryptedError,
        getattr(errors, "DependencyError", ImportError),
    )
    try:
        reader = PdfReader(path)
        if reader.is_encrypted:
            try:
                unlocked = reader.decrypt("")  # many are locked for editing only
            except cannot_decrypt:
                unlocked = 0  # type: ignore[assignment]
            if not unlocked:
                raise IngestError(_ENCRYPTED)
        pages = [page.extract_text() or "" for page in reader.pages]
    except IngestError:
        raise
    except errors.FileNotDecryptedError:
        raise IngestError(_ENCRYPTED) from None
    except (errors.PyPdfError, ValueError, KeyError, TypeError, AttributeError, OSError) as exc:
        raise IngestError(
            f"PDF-filen är skadad och kan inte läsas ({type(exc).__name__})."
        ) from None
    if not pages:
        raise IngestError("PDF-filen har inga sidor.")
    if sum(len(page.strip()) for page in pages) < 20:
        raise IngestError(_SCANNED)
    return pages
