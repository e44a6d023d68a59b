"""Word files (.docx) through python-docx, imported only when one is read.

Heading styles (`Heading 1`, `Rubrik 2`) and outline levels mark headings; where at least two
paragraphs carry such a mark, only marked paragraphs can be headings, else the text rules
decide. Word's own list numbering is worked out (`1.2` on a heading whose number Word draws),
tables are kept as tables (the markup's pipe rows). The zip is checked before python-docx opens it:
a file that is not a zip, or one that unpacks to far more than it weighs, is refused.
"""

from __future__ import annotations

import io
import re
import struct
import zipfile
import zlib
from pathlib import Path

from workbench.ingest.lines import Line, is_toc_line
from workbench.ingest.result import IngestError

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
# "Heading 2", "Rubrik 4 utan numrering" (an unnumbered heading style of the same level).
_HEADING_STYLE = re.compile(r"^(?:heading|rubrik|überschrift|titre)\s*(\d)\b", re.I)
_SENTENCE_END = re.compile(r"[.;,]$")
MAX_UNPACKED = 2 * 2**30  # 2 GiB: no remiss unpacks to more
MAX_RATIO = 150  # deflate rarely beats 20:1 on Word XML; bombs go far beyond
_CHUNK = 2**20


def check_zip(source: Path | bytes, max_bytes: int) -> None:
    """Refuse what is not a Word zip, and zip bombs, before any XML is parsed.

    Every member is inflated here a piece at a time and counted, never kept: the sizes the
    zip's directory states are the file's word, and a bomb states what it likes (a member
    that says 525 bytes can inflate to a gigabyte, which zipfile's `read` would hold whole).
    A member whose inflated size or checksum differs from what the directory says is refused
    too, so that python-docx, reading by the directory, reads only what was counted here.
    """
    stream = io.BytesIO(source) if isinstance(source, bytes) else source
    if not zipfile.is_zipfile(stream):
        raise IngestError(
            "Filen är inte ett Word-dokument (.docx är en zip-fil, den här är det inte)."
        )
    try:
        with zipfile.ZipFile(stream) as archive:
            infos = archive.infolist()
            names = {info.filename for info in infos}
            if "word/document.xml" not in names:
                raise IngestError(
                    "Filen är en zip-fil men inget Word-dokument (word/document.xml saknas)."
                )
            packed = sum(info.compress_size for info in infos) or 1
            limit = unpacked_limit(max_bytes)
            budget = _Budget(limit, packed)
            for info in infos:
                _inflate_counted(archive, info, budget)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, zlib.error, OSError, EOFError) as exc:
        raise IngestError(f"Word-filen är skadad ({exc}).") from None


def unpacked_limit(max_bytes: int) -> int:
    """How much a .docx may unpack to: its XML is parsed whole, at several times its size."""
    return min(MAX_UNPACKED, max(20 * max_bytes, 50 * 2**20))


class _Budget:
    """The running count of inflated bytes, over all members."""

    def __init__(self, limit: int, packed: int) -> None:
        self.limit, self.packed, self.used = limit, packed, 0

    def add(self, count: int) -> None:
        self.used += count
        if self.used > self.limit or (
            self.used > MAX_RATIO * self.packed and self.used > 10 * 2**20
        ):
            raise IngestError(
                f"Word-filen packas upp till mer än {self.used // 2**20} MB från"
                f" {self.packed // 2**10} kB; den liknar en zip-bomb och läses inte."
            )


def _inflate_counted(archive: zipfile.ZipFile, info: zipfile.ZipInfo, budget: _Budget) -> None:
    """Inflate one member from its raw bytes (not through the directory's sizes), counting."""
    if info.is_dir() or (info.file_size == 0 and info.compress_size == 0):
        return
    if info.flag_bits & 0x1:
        raise IngestError("Word-filen är krypterad (lösenordsskyddad); spara den utan lösenord.")
    if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
        raise IngestError(
            f"Word-filen är packad på ett sätt som Word inte använder ({info.filename});"
            " spara den på nytt i Word."
        )
    raw = archive.fp
    assert raw is not None
    raw.seek(info.header_offset)
    header = raw.read(30)
    if len(header) < 30 or header[:4] != b"PK\x03\x04":
        raise IngestError(f"Word-filen är skadad ({info.filename} saknas där den ska stå).")
    name_length, extra_length = struct.unpack("<HH", header[26:30])
    raw.seek(info.header_offset + 30 + name_length + extra_length)
    inflater = zlib.decompressobj(-15) if info.compress_type == zipfile.ZIP_DEFLATED else None
    left, size, crc = info.compress_size, 0, 0
    while left > 0 or (inflater is not None and inflater.unconsumed_tail):
        if inflater is not None and inflater.unconsumed_tail:
            pending = inflater.unconsumed_tail
        else:
            pending = raw.read(min(left, _CHUNK))
            if not pending:
                break  # cut short: python-docx reports it
            left -= len(pending)
        out = inflater.decompress(pending, _CHUNK) if inflater is not None else pending
        size += len(out)
        crc = zlib.crc32(out, crc)
        budget.add(len(out))
        if inflater is not None and inflater.eof:
            break
    if inflater is not None and not inflater.eof:
        rest = inflater.flush()  # what zlib still holds of input it has taken in
        size += len(rest)
        crc = zlib.crc32(rest, crc)
        budget.add(len(rest))
    if size != info.file_size or crc != info.CRC:
        raise IngestError(
            f"Word-filen är skadad ({info.filename} packas upp till något annat än filen anger)."
        )


def docx_lines(
    path: Path, max_bytes: int = 100 * 2**20, data: bytes | None = None
) -> tuple[list[Line], bool, str]:
    """The paragraphs as lines; whether headings are styled; the Title-styled text, if any.

    `data`: the file's bytes when already read (`read_file`), so the file is opened once.
    """
    source = data if data is not None else path.read_bytes()
    check_zip(source, max_bytes)
    from lxml import etree

    try:
        with zipfile.ZipFile(io.BytesIO(source)) as archive:
            main, styles_root, numbering_root = _package(archive)
            styles = _StyleInfo(styles_root)
            numbering = _Numbering(numbering_root)
            return _read_body(archive, main, styles, numbering)
    except (KeyError, ValueError, zipfile.BadZipFile, zlib.error, EOFError) as exc:
        raise IngestError(f"Word-filen kan inte läsas ({type(exc).__name__}).") from None
    except RecursionError:
        raise IngestError(
            "Word-filen är nästlad för djupt för att läsas; spara den på nytt i Word."
        ) from None
    except etree.LxmlError as exc:  # XMLSyntaxError and friends: a broken file all the same
        raise IngestError(f"Word-filen är skadad ({type(exc).__name__}).") from None


_RELS = "{http://schemas.openxmlformats.org/package/2006/relationships}Relationship"
_OFFICE_DOCUMENT = "/officeDocument"


def _parser():
    from lxml import etree

    # As python-docx parses: no entities resolved (an entity bomb stays one), blank text out.
    return etree.XMLParser(remove_blank_text=True, resolve_entities=False)


def _package(archive: zipfile.ZipFile):
    """The main part's name, and the parsed roots of its styles and numbering (None when the
    document has none), found through the package's relationships as Word does."""
    from lxml import etree

    names = set(archive.namelist())
    main = "word/document.xml"
    if "_rels/.rels" in names:
        for rel in etree.fromstring(archive.read("_rels/.rels"), _parser()).iter(_RELS):
            if (
                rel.get("Type", "").endswith(_OFFICE_DOCUMENT)
                and rel.get("TargetMode") != "External"
            ):
                target = rel.get("Target", "").lstrip("/")
                if target in names:
                    main = target
                break
    folder, _, name = main.rpartition("/")
    rels = f"{folder}/_rels/{name}.rels" if folder else f"_rels/{name}.rels"
    parts: dict[str, object] = {"styles": None, "numbering": None}
    if rels in names:
        for rel in etree.fromstring(archive.read(rels), _parser()).iter(_RELS):
            kind = rel.get("Type", "").rsplit("/", 1)[-1]
            if kind not in parts or parts[kind] is not None or rel.get("TargetMode") == "External":
                continue
            target = rel.get("Target", "")
            target = target.lstrip("/") if target.startswith("/") else _joined(folder, target)
            if target in names:
                parts[kind] = etree.fromstring(archive.read(target), _parser())
    return main, parts["styles"], parts["numbering"]


def _joined(folder: str, target: str) -> str:
    """A relationship's target, relative to its part's folder, as a name in the zip."""
    out: list[str] = [p for p in folder.split("/") if p]
    for piece in target.split("/"):
        if piece == "..":
            if out:
                out.pop()
        elif piece and piece != ".":
            out.append(piece)
    return "/".join(out)


def _body_blocks(stream):
    """The body's paragraphs and tables in document order, parsed one top-level element at a
    time and dropped once read: the whole tree of a document of a million paragraphs took
    over a gigabyte, the text itself a tenth of that."""
    from lxml import etree

    body_tag = f"{W}body"
    for _event, element in etree.iterparse(
        stream, events=("end",), remove_blank_text=True, resolve_entities=False
    ):
        parent = element.getparent()
        if parent is None or parent.tag != body_tag:
            continue
        if element.tag in (f"{W}p", f"{W}tbl", f"{W}sdt"):
            yield from _blocks_of(element)
        element.clear()
        while element.getprevious() is not None:
            del parent[0]


def _read_body(archive: zipfile.ZipFile, main: str, styles: _StyleInfo, numbering: _Numbering):
    with archive.open(main) as stream:
        return _lines_of(_body_blocks(stream), styles, numbering)


def _lines_of(blocks, styles: _StyleInfo, numbering: _Numbering) -> tuple[list[Line], bool, str]:
    lines: list[Line] = []
    title = ""
    seen_body = False  # styled paragraphs before the first body paragraph are the title block
    for element in blocks:
        if element.tag == f"{W}p":
            text = _text(element)
            style = _style_id(element)
            level = _outline_level(element, styles, style)
            label = numbering.label(element, styles, style)
            if not text.strip():
                continue
            if not level:
                looks = styles.heading_look(style)
                if looks and seen_body and _short_line(text) and not is_toc_line(text):
                    level = looks
                elif not looks and not label:
                    seen_body = True
            lead = _emphasised_opening(element, styles) if not level else ""
            if styles.is_title(style) and not title:
                title = " ".join(text.split())
            if label and level:
                text = f"{label} {text}"
            elif label:
                text = f"{_list_prefix(label)}{text}"
            if level and "\n" in text.strip():
                text = " ".join(text.split())  # a heading broken by hand ("1" / "Förslag …")
            parts = text.split("\n")
            for index, part in enumerate(parts):
                lines.append(
                    Line(
                        part,
                        mark=level if index == 0 else 0,
                        bold=index == 0 and _all_bold(element),
                        whole=len(parts) == 1,
                        ends=index == len(parts) - 1,
                        lead=lead if index == 0 else "",
                    )
                )
            lines.append(_BLANK)
        elif element.tag == f"{W}tbl":
            lines += _table_lines(element)
            lines.append(_BLANK)
    styled = sum(1 for line in lines if line.mark) >= 2
    return lines, styled, title


# The blank line after each paragraph, one object for all of them (no reader changes a blank
# line): a fresh one each time was 144 bytes a paragraph, a seventh of a million-paragraph import.
_BLANK = Line("")


def _half_points(value: str | None) -> int:
    try:
        return int(value) if value else 0
    except ValueError:
        return 0


def _short_line(text: str) -> bool:
    flat = " ".join(text.split())
    return 0 < len(flat) <= 150 and not _SENTENCE_END.search(flat)


def _table_lines(table) -> list[Line]:
    """A Word table as rows of the markup's pipe table, the first row its header; a table of
    one column is text laid out in a box, and stays paragraphs."""
    from workbench.core.markup import table_markup

    rows = []
    for row in table.iter(f"{W}tr"):
        cells = [
            " ".join(" ".join(_text(p).split()) for p in cell.iter(f"{W}p")).strip()
            for cell in row.iterchildren(f"{W}tc")
        ]
        if any(cells):
            rows.append(cells)
    if not rows:
        return []
    if max(len(row) for row in rows) < 2:
        return [Line(row[0], whole=True) for row in rows if row and row[0]]
    return [Line(text, whole=True, table=True) for text in table_markup(rows).split("\n")]


def _blocks(parent):
    """Paragraphs and tables in document order, also inside content controls (`w:sdt`);
    Word's own table of contents is such a control, and is left out."""
    for element in parent.iterchildren():
        yield from _blocks_of(element)


def _blocks_of(element):
    """`element` when a paragraph or table; a content control's paragraphs and tables."""
    if element.tag in (f"{W}p", f"{W}tbl"):
        yield element
    elif element.tag == f"{W}sdt":
        gallery = element.find(f"{W}sdtPr/{W}docPartObj/{W}docPartGallery")
        if gallery is not None and "contents" in gallery.get(f"{W}val", "").casefold():
            return
        content = element.find(f"{W}sdtContent")
        if content is not None:
            yield from _blocks(content)


def _text(paragraph) -> str:
    parts = []
    for node in paragraph.iter(f"{W}t", f"{W}tab", f"{W}br", f"{W}cr"):
        if node.tag == f"{W}t":
            parts.append(node.text or "")
        elif node.tag == f"{W}tab":
            parts.append("\t")
        else:
            parts.append("\n")
    return "".join(parts)


def _all_bold(paragraph) -> bool:
    runs = [r for r in paragraph.iterchildren(f"{W}r") if (_text(r) or "").strip()]
    if not runs:
        return False
    for run in runs:
        props = run.find(f"{W}rPr")
        bold = props.find(f"{W}b") if props is not None else None
        if bold is None or bold.get(f"{W}val") in ("0", "false"):
            return False
    return True


def _emphasised_opening(paragraph, styles: _StyleInfo) -> str:
    """The text of the runs a paragraph opens with in italics, bold or a lead character style
    ("*Stockholms stad välkomnar* den …"), when the rest of the paragraph is plain; else ""."""
    opening: list[str] = []
    for run in paragraph.iter(f"{W}r"):
        text = _text(run)
        if not text:
            continue
        if _emphasised(run, styles):
            opening.append(text)
        elif text.strip():
            lead = "".join(opening).strip()
            return " ".join(lead.split()) if lead else ""
    return ""  # all of it emphasised (a heading set by hand), or none of it


def _emphasised(run, styles: _StyleInfo) -> bool:
    props = run.find(f"{W}rPr")
    if props is None:
        return False
    for tag in ("i", "b"):
        mark = props.find(f"{W}{tag}")
        if mark is not None and mark.get(f"{W}val") not in ("0", "false"):
            return True
    style = props.find(f"{W}rStyle")
    return style is not None and style.get(f"{W}val", "") in styles.emphasis


def _style_id(paragraph) -> str:
    props = paragraph.find(f"{W}pPr")
    style = props.find(f"{W}pStyle") if props is not None else None
    return style.get(f"{W}val", "") if style is not None else ""


def _outline_level(paragraph, styles: _StyleInfo, style: str) -> int:
    """1–9 for a heading (its outline level or heading style), 0 for body text."""
    props = paragraph.find(f"{W}pPr")
    own = props.find(f"{W}outlineLvl") if props is not None else None
    if own is not None:
        value = int(own.get(f"{W}val", "9"))
        return value + 1 if value < 9 else 0
    return styles.level(style)


def _list_prefix(label: str) -> str:
    return "- " if not any(ch.isalnum() for ch in label) else f"{label} "


class _StyleInfo:
    """Heading levels and list numbering of the paragraph styles, following `basedOn`."""

    def __init__(self, root) -> None:
        """`root`: the parsed styles part (None: the document has none)."""
        self.levels: dict[str, int] = {}
        self.numbering: dict[str, tuple[str, int]] = {}
        self.titles: set[str] = set()
        # Character styles that mark a lead: italic or bold ones, and the workbench's own
        # "Ställningstagande" (plain in the tjänsteutlåtande, but a lead all the same).
        self.emphasis: set[str] = set()
        based: dict[str, str] = {}
        names: dict[str, str] = {}
        outline: dict[str, int] = {}
        numbering: dict[str, tuple[str, int]] = {}
        for style in root.iterchildren(f"{W}style") if root is not None else ():
            if style.get(f"{W}type") == "character":
                self._character(style)
                continue
            if style.get(f"{W}type") != "paragraph":
                continue
            sid = style.get(f"{W}styleId", "")
            name = style.find(f"{W}name")
            names[sid] = (name.get(f"{W}val", "") if name is not None else "").strip()
            base = style.find(f"{W}basedOn")
            if base is not None:
                based[sid] = base.get(f"{W}val", "")
            props = style.find(f"{W}pPr")
            if props is not None:
                level = props.find(f"{W}outlineLvl")
                if level is not None:
                    outline[sid] = int(level.get(f"{W}val", "9"))
                num = props.find(f"{W}numPr")
                if num is not None:
                    num_id = num.find(f"{W}numId")
                    ilvl = num.find(f"{W}ilvl")
                    if num_id is not None:
                        numbering[sid] = (
                            num_id.get(f"{W}val", ""),
                            int(ilvl.get(f"{W}val", "0")) if ilvl is not None else 0,
                        )
        for sid in names:
            chain, current = [], sid
            while current and current not in chain:
                chain.append(current)
                current = based.get(current, "")
            for link in chain:
                if match := _HEADING_STYLE.match(names.get(link, "")):
                    self.levels[sid] = int(match.group(1))
                    break
                if link in outline:
                    self.levels[sid] = outline[link] + 1 if outline[link] < 9 else 0
                    break
            for link in chain:
                if link in numbering:
                    self.numbering[sid] = numbering[link]
                    break
            if names[sid].casefold() in ("title", "rubrik") or sid.casefold() == "title":
                self.titles.add(sid)
        self._run_props = {
            style.get(f"{W}styleId", ""): style.find(f"{W}rPr")
            for style in root.iterchildren(f"{W}style")
            if style.get(f"{W}type") == "paragraph"
        }
        self.default = next(
            (
                style.get(f"{W}styleId", "")
                for style in root.iterchildren(f"{W}style")
                if style.get(f"{W}type") == "paragraph" and style.get(f"{W}default") == "1"
            ),
            "",
        )

        def chain_of(sid: str) -> list[str]:
            chain, current = [], sid
            while current and current not in chain:
                chain.append(current)
                current = based.get(current, "")
            return chain

        self._looks(chain_of, names)

    def _character(self, style) -> None:
        name = style.find(f"{W}name")
        named = (name.get(f"{W}val", "") if name is not None else "").strip().casefold()
        props = style.find(f"{W}rPr")
        marked = props is not None and any(
            (mark := props.find(f"{W}{tag}")) is not None
            and mark.get(f"{W}val") not in ("0", "false")
            for tag in ("i", "b")
        )
        if marked or named in ("ställningstagande", "stallningstagande"):
            self.emphasis.add(style.get(f"{W}styleId", ""))

    def level(self, style: str) -> int:
        return self.levels.get(style, 0)

    def heading_look(self, style: str) -> int:
        """A level for a style no heading style or outline level marks but whose type is a
        heading's: as large as a heading style (that one's level), or larger than the body
        text, or bold (below every heading level). 0 for the body's look."""
        return self.looks.get(style, 0)

    def _looks(self, chain_of, names) -> None:
        self.looks: dict[str, int] = {}
        sizes = {sid: _half_points(self._resolved(chain_of(sid), "sz")) for sid in names}
        bold = {sid: self._resolved(chain_of(sid), "b") for sid in names}
        body = sizes.get(self.default) or 0
        heading_sizes = {
            level: size
            for sid, level in sorted(self.levels.items(), key=lambda item: -item[1])
            if (size := sizes.get(sid)) and level
        }
        deepest = max(self.levels.values(), default=0)
        for sid in names:
            if sid in self.levels or sid in self.titles:
                continue
            size = sizes.get(sid) or body
            if body and size >= body + 4:  # 2 pt in half-points
                same = [level for level, s in heading_sizes.items() if s == size]
                larger = [level for level, s in heading_sizes.items() if s > size]
                self.looks[sid] = min(same) if same else min(len(larger) + 1, 9)
            elif bold.get(sid) == "1":
                self.looks[sid] = min(deepest + 1, 9) if deepest else 1

    def _resolved(self, chain: list[str], tag: str) -> str | None:
        for link in chain:
            props = self._run_props.get(link)
            found = props.find(f"{W}{tag}") if props is not None else None
            if found is not None:
                value = found.get(f"{W}val", "1")
                return "0" if value in ("0", "false") else value if tag == "sz" else "1"
        return None

    def is_title(self, style: str) -> bool:
        return style in self.titles


class _Numbering:
    """Word's list numbering: the label Word draws before a numbered paragraph (`2.1`, `B.`)."""

    def __init__(self, root) -> None:
        """`root`: the parsed numbering part (None: the document has none)."""
        self.formats: dict[str, dict[int, tuple[int, str, str]]] = {}
        self.counters: dict[str, dict[int, int]] = {}
        if root is None:
            return
        abstract: dict[str, dict[int, tuple[int, str, str]]] = {}
        for node in root.iterchildren(f"{W}abstractNum"):
            levels = {}
            for lvl in node.iterchildren(f"{W}lvl"):
                start = lvl.find(f"{W}start")
                fmt = lvl.find(f"{W}numFmt")
                text = lvl.find(f"{W}lvlText")
                levels[int(lvl.get(f"{W}ilvl", "0"))] = (
                    int(start.get(f"{W}val", "1")) if start is not None else 1,
                    fmt.get(f"{W}val", "decimal") if fmt is not None else "decimal",
                    text.get(f"{W}val", "") if text is not None else "",
                )
            abstract[node.get(f"{W}abstractNumId", "")] = levels
        for node in root.iterchildren(f"{W}num"):
            ref = node.find(f"{W}abstractNumId")
            if ref is not None:
                self.formats[node.get(f"{W}numId", "")] = abstract.get(ref.get(f"{W}val", ""), {})

    def label(self, paragraph, styles: _StyleInfo, style: str) -> str:
        if not self.formats:
            return ""
        props = paragraph.find(f"{W}pPr")
        num = props.find(f"{W}numPr") if props is not None else None
        if num is not None:
            num_node, ilvl_node = num.find(f"{W}numId"), num.find(f"{W}ilvl")
            if num_node is None:
                return ""
            num_id = num_node.get(f"{W}val", "")
            ilvl = int(ilvl_node.get(f"{W}val", "0")) if ilvl_node is not None else 0
        elif style in styles.numbering:
            num_id, ilvl = styles.numbering[style]
        else:
            return ""
        levels = self.formats.get(num_id)
        if not levels or ilvl not in levels:
            return ""
        counters = self.counters.setdefault(num_id, {})
        counters[ilvl] = counters.get(ilvl, levels[ilvl][0] - 1) + 1
        for deeper in [level for level in counters if level > ilvl]:
            del counters[deeper]
        _start, fmt, template = levels[ilvl]
        if fmt == "bullet":
            return "•"
        if fmt == "none":
            return ""

        def value(match: re.Match) -> str:
            level = int(match.group(1)) - 1
            start, level_fmt, _ = levels.get(level, (1, "decimal", ""))
            return _format(counters.get(level, start), level_fmt)

        return re.sub(r"%(\d)", value, template).strip()


def _format(number: int, fmt: str) -> str:
    if fmt == "upperLetter":
        return chr(ord("A") + (number - 1) % 26)
    if fmt == "lowerLetter":
        return chr(ord("a") + (number - 1) % 26)
    if fmt in ("upperRoman", "lowerRoman"):
        roman = _roman(number)
        return roman if fmt == "upperRoman" else roman.lower()
    return str(number)


def _roman(number: int) -> str:
    out = ""
    for value, letters in (
        (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
        (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
    ):  # fmt: skip
        while number >= value:
            out += letters
            number -= value
    return out
