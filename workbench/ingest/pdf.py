"""PDF files through PDFium (pypdfium2, imported only when a PDF is read).

Each line keeps the typography its characters carry: font size, whether it is set in bold, and
where it stands on the page. Those let the outline find unnumbered headings and join a heading
that wraps; the text itself is PDFium's, with its trailing spaces (a line that goes on).
"""

from __future__ import annotations

import bisect
import ctypes
import re
from dataclasses import dataclass
from pathlib import Path

from workbench.ingest.lines import Line, Look, is_page_furniture
from workbench.ingest.result import IngestError

_SENTENCE_END = tuple('.!?:;”")')  # a line's last character that ends a sentence
_SCANNED = (
    "PDF-filen saknar textlager (den är troligen inskannad); kör OCR på den eller importera"
    " en textversion."
)
_NESTED = (
    "PDF-filen är nästlad för djupt för att läsas; skriv ut den till en ny PDF och försök igen."
)
# PDFium reads Form XObjects (a drawing that draws another) 40 levels deep and no deeper: a
# form at that level is left unread, with whatever text it holds.
FORM_LEVELS = 40
_ENCRYPTED = "PDF-filen är lösenordsskyddad (krypterad); spara den utan lösenord och försök igen."
_BOLD_NAME = re.compile(r"bold|black|heavy|semibold|demi", re.I)
_ITALIC_NAME = re.compile(r"italic|oblique|kursiv", re.I)
ITALIC_FLAG = 1 << 6  # the font descriptor's Italic flag
PASSWORD_ERROR = 4  # FPDF_ERR_PASSWORD: a user password is needed to open the file


@dataclass(slots=True)
class LineStyle:
    """What PDFium says about one extracted line: font size in points, bold, and the top and
    bottom of its first character's font box (page coordinates, y upwards)."""

    size: float = 0.0
    bold: bool = False
    italic: bool = False
    top: float = 0.0
    bottom: float = 0.0
    left: float = 0.0
    right: float = 0.0  # right edge of its last letter
    table: bool = False  # a row of a ruled table, in the markup's pipe form
    panel: int = 0  # the shaded panel (a fact box) the line stands in, 1 up; 0 none
    face: str = ""  # the typeface family the line is set in ("" when it mixes faces)
    cells: bool = False  # set apart in cells by wide gaps: a table's row, drawn without rules


@dataclass(slots=True)
class PdfPage:
    text: str
    styles: list[LineStyle]  # one per line of `text` split on "\n"


def pdf_lines(path: Path, data: bytes | None = None) -> list[Line]:
    """The text of every page of a PDF as lines, with their typography. `data`: the file's
    bytes when already read (`read_file`), so the file is opened once."""
    try:
        pages = read_pages(path, data=data)
    except RecursionError:  # structures nested deeper than any reader follows
        raise IngestError(_NESTED) from None
    texts, styles = [page.text for page in pages], [page.styles for page in pages]
    del pages
    return page_lines(texts, styles)


def page_lines(pages: list[str], styles: list[list[LineStyle]] | None = None) -> list[Line]:
    """Extracted page texts as lines, each marked where the source ends a paragraph. Each
    page's text and styles are let go once read (`pages` and `styles` are emptied): a
    300-page file's text in two copies at once weighs megabytes."""
    lines: list[Line] = []
    wrapped = sum(page.count(" \n") + page.endswith(" ") for page in pages)
    total = sum(page.count("\n") + 1 for page in pages) or 1
    # Most producers end a line that goes on with a space and a paragraph's last line without
    # one; where a file does not, a short line ending a sentence ends the paragraph.
    trailing_space = wrapped >= 0.1 * total
    for number in range(len(pages)):
        page = pages[number].replace("\u00ad", "").split("\n")
        pages[number] = ""
        if styles and styles[number]:
            _stamp_first(page, styles[number])
        width = max((len(raw.strip()) for raw in page), default=0)
        page_styles = styles[number] if styles else None
        margin = _right_margin(page_styles) if page_styles else None
        styled = len(page_styles) if page_styles is not None else 0
        for index, raw in enumerate(page):
            text = raw.strip()
            style = page_styles[index] if index < styled else None
            if margin is not None and style is not None and style.right:
                full = style.right >= margin  # by where the line stops
            else:
                full = len(text) >= 0.8 * width
            if trailing_space:  # a full line that stops mid-sentence goes on all the same
                ends = not raw.endswith((" ", "-")) and not (
                    full and not text.endswith(_SENTENCE_END)
                )
            else:
                ends = not full and text.endswith(_SENTENCE_END)
            if style is None:
                lines.append(Line(text, number, ends=ends))
                continue
            look = Look(
                style.size,
                style.italic,
                style.top,
                style.bottom,
                style.left,
                False,
                style.panel,
                style.face,
                style.cells,
            )
            line = Line(text, number, bold=style.bold, ends=ends, look=look)
            if style.table:
                line.table, line.whole, line.ends = True, True, True
            lines.append(line)
        if styles:
            styles[number] = []  # each page's styles go once read: a 300-page file's weigh MBs
        last = next((line for line in reversed(lines) if _content(line)), None)
        if last is None or last.ends:
            lines.append(Line("", number))  # else the paragraph goes on over the page break
    return lines


def _stamp_first(page: list[str], styles: list[LineStyle]) -> None:
    """A short line standing above everything else on the page, that the file draws last (a
    stamp: "Bilaga A"), is read first, where the eye reads it."""
    if len(page) != len(styles) or len(page) < 2:
        return
    top = max(range(len(styles)), key=lambda i: styles[i].top)
    if top == 0 or len(page[top].split()) > 3 or not any(ch.isalpha() for ch in page[top]):
        return
    height = styles[top].top - styles[top].bottom
    others = max(style.top for i, style in enumerate(styles) if i != top)
    if height > 0 and styles[top].top - others > 0.5 * height:
        page.insert(0, page.pop(top))
        styles.insert(0, styles.pop(top))


def _right_margin(styles: list[LineStyle]) -> float | None:
    """Where a full line of the page's text stops, less a little slack; None when unknown."""
    rights = sorted(style.right for style in styles if style.right)
    lefts = sorted(style.left for style in styles if style.right)
    if len(rights) < 3:
        return None
    right = rights[int(0.9 * (len(rights) - 1))]
    left = lefts[len(lefts) // 2]
    return right - 0.1 * max(right - left, 1.0)


def _content(line: Line) -> bool:
    """Not blank, and no page number or running footer by its shape."""
    text = line.text
    return bool(text.strip()) and not is_page_furniture(text) and not text.strip().isdigit()


def extract_pages(path: Path) -> list[str]:
    """PDFium's text of each page (no typography); the errors of `read_pages`."""
    return [page.text for page in read_pages(path, typography=False)]


def read_pages(path: Path, typography: bool = True, data: bytes | None = None) -> list[PdfPage]:
    """Each page's text and line styles; clear errors for encrypted, broken and scanned files.

    A file locked only by an owner password (for editing or printing) opens: PDFium decrypts
    RC4 and AES itself, with no crypto library beside it.
    """
    import pypdfium2 as pdfium

    check_streams(path, data)
    try:
        document = pdfium.PdfDocument(data if data is not None else str(path))
    except pdfium.PdfiumError as exc:
        if getattr(exc, "err_code", None) == PASSWORD_ERROR:
            raise IngestError(_ENCRYPTED) from None
        raise IngestError("PDF-filen är skadad och kan inte läsas.") from None
    except (OSError, ValueError) as exc:
        raise IngestError(
            f"PDF-filen är skadad och kan inte läsas ({type(exc).__name__})."
        ) from None
    try:
        count = len(document)
        if not count:
            raise IngestError("PDF-filen har inga sidor.")
        pages = []
        cut = False  # a page's text lies in forms nested deeper than PDFium reads
        for index in range(count):
            try:
                page = document[index]
                textpage = page.get_textpage()
            except pdfium.PdfiumError:
                raise IngestError(
                    f"PDF-filen är skadad (sidan {index + 1} kan inte läsas)."
                ) from None
            try:
                text = textpage.get_text_range()
                if typography:
                    text, styles = _styles(textpage, text)
                    text, styles = _with_tables(page, textpage, text, styles, index)
                else:
                    styles = []
                # PDFium writes a hyphen that ends a line as U+FFFE (or U+0002): it is the
                # source's hyphen, and the paragraph rules decide whether the word keeps it.
                text = text.replace("\r\n", "\n").replace("\r", "\n")
                text = text.replace("\ufffe", "-").replace("\x02", "-")
                if not text.strip() and not cut:
                    cut = _forms_too_deep(page, pdfium)
            finally:
                textpage.close()
                page.close()
            pages.append(PdfPage(text, styles))
    finally:
        document.close()
    if sum(len(page.text.strip()) for page in pages) < 20:
        raise IngestError(_NESTED if cut else _SCANNED)
    return pages


def _forms_too_deep(page, pdfium) -> bool:
    """Whether a page holds a form at the depth PDFium stops at (a page without text: the
    question is whether it is scanned, or its text nested out of reach)."""
    form = pdfium.raw.FPDF_PAGEOBJ_FORM
    return any(
        obj.type == form and obj.level >= FORM_LEVELS
        for obj in page.get_objects(max_depth=FORM_LEVELS + 1)
    )


def _with_tables(page, textpage, text: str, styles: list[LineStyle], number: int = 0):
    """The page's lines with each ruled table's lines replaced by its rows, and the lines in a
    shaded panel marked with it (pdf_tables.py)."""
    from workbench.ingest.pdf_tables import Panel, ruled_tables

    panels: list[Panel] = []
    tables = ruled_tables(page, textpage, panels)
    for style in styles if panels else ():
        middle = (style.top + style.bottom) / 2
        inside = next(
            (i for i, p in enumerate(panels) if style.top and p.holds(style.left + 1, middle)),
            None,
        )
        if inside is not None:
            style.panel = number * 100 + inside + 1
    if not tables:
        return text, styles
    from workbench.core.markup import table_markup

    lines = text.split("\n")
    out_lines: list[str] = []
    out_styles: list[LineStyle] = []
    placed: set[int] = set()
    for line, style in zip(lines, styles, strict=True):
        middle = (style.top + style.bottom) / 2
        inside = next(
            (i for i, t in enumerate(tables) if style.top and t.holds(style.left + 1, middle)),
            None,
        )
        if inside is None:
            out_lines.append(line)
            out_styles.append(style)
            continue
        if inside in placed:
            continue
        placed.add(inside)
        rows = tables[inside].rows
        if len(rows[0]) == 1 and len(rows) > 2:  # a caption in the table's top row
            out_lines.append(rows[0][0])
            out_styles.append(style)
            rows = rows[1:]
        for row in table_markup(rows).split("\n"):
            out_lines.append(row)
            out_styles.append(LineStyle(style.size, top=style.top, bottom=style.bottom, table=True))
    return "\n".join(out_lines), out_styles


# No page or font stream of a remiss inflates to 100 MB (images, which may, are skipped).
MAX_INFLATED = 100 * 2**20
# Deflate packs at most 258 bytes into two bits (1032 to 1): a stream shorter than
# MAX_INFLATED / DEFLATE_RATIO (95 kB) cannot inflate past the limit, so is not inflated.
DEFLATE_RATIO = 1100
_STREAM = re.compile(rb"stream\r?\n")  # not "endstream": a look-behind would scan 20x slower
_CHUNK = 2**20


def check_streams(path: Path, data: bytes | None = None) -> None:
    """Refuse a flate bomb before PDFium inflates it: PDFium has no limit of its own, and a
    1 MB stream of zeros becomes a gigabyte in memory. Each compressed stream but images is
    inflated a megabyte at a time and counted, never kept."""
    import zlib

    if data is None:
        try:
            data = path.read_bytes()
        except OSError:
            return  # PDFium says what is wrong with the file
    for match in _STREAM.finditer(data):
        if data[match.start() - 3 : match.start()] == b"end":
            continue
        start = match.end()
        end = data.find(b"endstream", start)
        if end < 0:
            end = len(data)
        if (end - start) * DEFLATE_RATIO < MAX_INFLATED:
            continue  # too short to inflate past the limit, however it is packed
        head = data[max(0, match.start() - 400) : match.start()]
        if b"FlateDecode" not in head or b"/Image" in head[head.rfind(b"<<") :]:
            continue  # reading text, PDFium never inflates an image
        inflater = zlib.decompressobj()
        pending = data[start:end]
        inflated = 0
        try:
            while pending and inflated <= MAX_INFLATED and not inflater.eof:
                out = len(inflater.decompress(pending, _CHUNK))
                if not out and len(inflater.unconsumed_tail) == len(pending):
                    break  # no progress: the rest is no deflate data
                inflated += out
                pending = inflater.unconsumed_tail
        except zlib.error:
            continue  # a broken stream: PDFium reports it, or reads past it
        if inflated > MAX_INFLATED:
            raise IngestError(
                f"PDF-filen packas upp till mer än {MAX_INFLATED // 2**20} MB från"
                f" {len(data) // 2**10} kB; den liknar en zip-bomb och läses inte."
            )


def _styles(textpage, text: str) -> tuple[str, list[LineStyle]]:
    """The page's text with each line's typography, read from two of its characters (first
    and last letter): one PDFium call per character would cost more than the extraction.

    PDFium joins a line that ends in a hyphen to the next ("forsknings-och"), taking every
    such hyphen for hyphenation; where the line's last letter stands lower than its first,
    the line is split again after the hyphen, so the paragraph rules see the source's lines.

    A page's 40 lines cost a dozen PDFium calls each: the loop keeps to local names and plain
    tuples, as its Python costs as much as those calls.
    """
    import pypdfium2.raw as raw

    handle = textpage.raw
    count = raw.FPDFText_CountChars(handle)
    rect = raw.FS_RECTF()
    matrix = raw.FS_MATRIX()
    name = ctypes.create_string_buffer(128)
    flags = ctypes.c_int()
    flags_ref = ctypes.byref(flags)
    loose_box = raw.FPDFText_GetLooseCharBox
    font_size = raw.FPDFText_GetFontSize
    font_info = raw.FPDFText_GetFontInfo

    def box(i: int) -> tuple[float, float, float, float] | None:
        if 0 <= i < count and loose_box(handle, i, rect):
            return rect.left, rect.top, rect.right, rect.bottom
        return None

    def style_of(start: int, line: str) -> LineStyle:
        # The first and last letter or digit ([^\W_]: what str.isalnum says of one character).
        end = len(line)
        first = 0
        while first < end and not line[first].isalnum():
            first += 1
        if first == end:
            return LineStyle()
        last = end - 1
        while not line[last].isalnum():
            last -= 1
        style = style_at(start + first, start + last)
        if (style.bold or line.isupper()) and len(line) < 200 and line.count(" ") >= 2:
            style.cells = _cells(start, line, style.size)
        return style

    def _cells(start: int, line: str, size: float) -> bool:
        """Two gaps at least as wide as two letters between words, not counting one after
        a number or label that opens the line ("2.3<tab>Titel"): cells of a row."""
        wide = 0
        words = 0
        for match in _SPACE.finditer(line):
            words += 1
            before, after = box(start + match.start() - 1), box(start + match.end())
            if before is None or after is None or size <= 0:
                continue
            if after[0] - before[2] > 1.2 * size and words > 1:
                wide += 1
                if wide >= 2:
                    return True
        return False

    def size_at(i: int) -> float:
        size = font_size(handle, i)
        if size <= 2 and raw.FPDFText_GetMatrix(handle, i, matrix):
            # A size of 1 scaled by the text matrix (some producers set type so).
            size *= max(abs(matrix.d), abs(matrix.b)) or 1.0
        return size

    fonts: dict[tuple[bytes, int], tuple[bool, bool, str]] = {}  # a page sets few fonts

    def font_at(i: int) -> tuple[bool, bool, str]:
        """Bold, italic and the typeface family of character i."""
        got = font_info(handle, i, name, 128, flags_ref)
        key = (name.value, flags.value) if got else (b"", 0)
        known = fonts.get(key)
        if known is None:
            font = key[0].decode("latin-1")
            # Many fonts state no weight: "Arial-BoldMT" says it by its name.
            bold = raw.FPDFText_GetFontWeight(handle, i) >= 600 or bool(_BOLD_NAME.search(font))
            italic = bool(key[1] & ITALIC_FLAG) or bool(_ITALIC_NAME.search(font))
            known = fonts[key] = (bold, italic, family(font))
        return known

    def style_at(first: int, last: int) -> LineStyle:
        if first >= count:
            return LineStyle()
        if last >= count:
            last = first
        # The boxes' edges read straight from `rect` (box() makes a tuple): the hot path.
        if first >= 0 and loose_box(handle, first, rect):
            left, top, right, bottom = rect.left, rect.top, rect.right, rect.bottom
            boxed = True
        else:
            left = top = right = bottom = 0.0
            boxed = False
        size = font_size(handle, first)
        if size <= 2:
            size = size_at(first)
        bold, italic, face = font_at(first)
        if last != first:
            height = top - bottom
            if loose_box(handle, last, rect):
                right, last_height = rect.right, rect.top - rect.bottom
            else:
                right, last_height, boxed = 0.0, 0.0, False
            if bold or italic:
                size = min(size, size_at(last))
                last_bold, last_italic, _ = font_at(last)
                bold, italic = bold and last_bold, italic and last_italic
            elif not boxed or abs(height - last_height) > 0.1 * height:
                # A line in two sizes ("GATA Gata") is as large as its smaller: the last
                # letter's size is asked for when its box stands otherwise than the first's.
                size = min(size, size_at(last))
            if last - first <= SHORT_LINE:
                short.append(last)  # its last letter's face is asked for if it stands out
                style = LineStyle(round(size, 1), bold, italic, top, bottom, left, right, face=face)
                short_styles.append(style)
                return style
        return LineStyle(round(size, 1), bold, italic, top, bottom, left, right, face=face)

    short: list[int] = []  # the last letters of short lines, and their styles
    short_styles: list[LineStyle] = []

    def one_face(styles: list[LineStyle]) -> None:
        """A short line set in another face than most of the page's (a heading, perhaps) is
        set in it throughout, or in no one face (a label and its text)."""
        faces: dict[str, int] = {}
        for style in styles:
            faces[style.face] = faces.get(style.face, 0) + 1
        common = max(faces, key=faces.__getitem__) if faces else ""
        for last, style in zip(short, short_styles, strict=True):
            if style.face != common and font_at(last)[2] != style.face:
                style.face = ""

    lines: list[str] = []
    styles: list[LineStyle] = []
    if _scattered(text):
        for line, first, last in _regrouped(handle, count):
            lines.append(line)
            styles.append(style_at(first, last) if first >= 0 else LineStyle())
        one_face(styles)
        return "\n".join(lines), styles
    position = 0  # text and character indexes agree: PDFium writes its "\r\n" as characters
    for line in text.split("\r\n"):
        style = style_of(position, line)
        if (
            ("-" in line or "\ufffe" in line or "\x02" in line)
            and style.top > style.bottom
            and style.right
            and _HYPHENS.search(line)
        ):
            height = style.top - style.bottom
            for _start, piece, piece_style in _split_joined(
                position, line, style, height, box, style_of
            ):
                lines.append(piece)
                styles.append(piece_style)
        else:
            lines.append(line)
            styles.append(style)
        position += len(line) + 2
    one_face(styles)
    return "\n".join(lines), styles


SHORT_LINE = 80  # characters: a line this short may be a heading set in a face of its own
_SUBSET = re.compile(r"^[A-Z]{6}\+")
_FACE_TAIL = re.compile(r"(?:PSMT|MT|PS)$")


def family(font: str) -> str:
    """A font's typeface family: "BCDHEE+Arial-BoldMT" and "ArialMT" are both "Arial"."""
    base = _SUBSET.sub("", font).split("-")[0].split(",")[0]
    return _FACE_TAIL.sub("", base)


_SPACE = re.compile(r" +")
_HYPHENS = re.compile("[-\ufffe\x02](?=\\S)")


def _scattered(text: str) -> bool:
    """A page whose every glyph PDFium put on a line of its own (a map sheet placing each
    character by itself): most of its lines hold one character."""
    if text.count("\r\n") < 40:
        return False
    lines = text.split("\r\n")
    single = sum(1 for line in lines if len(line.strip()) <= 1)
    return single >= 0.6 * len(lines)


def _regrouped(handle, count: int) -> list[tuple[str, int, int]]:
    """The page's characters joined into lines by geometry, in PDFium's order: a character
    goes on its line when it stands on the same baseline just right of the one before it (a
    rotated one, when it turns by the same angle); a space where the gap is a word's. Each line
    with the indexes of its first and last letter or digit (-1 when it has none)."""
    import pypdfium2.raw as raw

    rect = raw.FS_RECTF()
    out: list[tuple[str, int, int]] = []
    spans: list[tuple[float, float, float]] = []  # each line's left, right and top
    chars: list[str] = []
    first = last = -1
    start: tuple[float, float] = (0.0, 0.0)  # the line's first character's left and top
    previous: tuple[float, float, float, float, float] | None = None  # l, t, r, b, angle

    def flush() -> None:
        if chars and previous is not None:
            out.append(("".join(chars).strip(), first, last))
            spans.append((start[0], max(previous[2], start[0]), start[1]))

    for i in range(count):
        code = raw.FPDFText_GetUnicode(handle, i)
        if code in (10, 13) and raw.FPDFText_IsGenerated(handle, i):
            continue
        char = chr(code)
        if not raw.FPDFText_GetLooseCharBox(handle, i, rect):
            continue
        angle = raw.FPDFText_GetCharAngle(handle, i)
        box = (rect.left, rect.top, rect.right, rect.bottom, angle)
        joins = False
        gap = 0.0
        if previous is not None and abs(angle - previous[4]) < 0.05:
            height = max(previous[1] - previous[3], 0.1)
            gap = box[0] - previous[2]
            level = abs(box[3] - previous[3]) < 0.4 * height
            joins = angle > 0.05 or (level and -0.3 * height < gap < 1.5 * height)
            word_gap = angle <= 0.05 and gap > 0.06 * height and not char.isspace()
            if joins and word_gap and chars and chars[-1] != " ":
                chars.append(" ")
        if not joins:
            flush()
            chars, first, last = [], -1, -1
            start = (box[0], box[1])
        chars.append(char)
        if char.isalnum():
            first = i if first < 0 else first
            last = i
        previous = box
    flush()
    return _reading_order(out, spans)


def _reading_order(lines: list, spans: list[tuple[float, float, float]]) -> list:
    """Lines in reading order: column by column, split where a band of the page holds no
    line, each column top down."""
    if not lines:
        return lines
    bands: list[list[float]] = []  # merged [left, right] of the lines' horizontal extents
    for left, right, _ in sorted(spans):
        if bands and left <= bands[-1][1] + 6:
            bands[-1][1] = max(bands[-1][1], right)
        else:
            bands.append([left, right])
    lefts = [band[0] for band in bands]

    def key(index: int) -> tuple[int, float, float]:
        left, _, top = spans[index]
        return bisect.bisect_right(lefts, left), -top, left

    return [lines[i] for i in sorted(range(len(lines)), key=key)]


def _split_joined(position, line, style, height, box, style_of):
    """A line PDFium joined after a hyphen, in the pieces the page shows."""
    pieces = []
    begin = 0
    top = style.top
    for match in _HYPHENS.finditer(line):
        after = box(position + match.end())
        if after is None or abs(after[1] - top) < 0.5 * height:
            continue
        piece = line[begin : match.end()]
        pieces.append((position + begin, piece, None))
        begin, top = match.end(), after[1]
    if not pieces:
        return [(position, line, style)]
    pieces.append((position + begin, line[begin:], None))
    return [(start, piece, style_of(start, piece)) for start, piece, _ in pieces]
