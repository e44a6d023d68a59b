"""Hostile and huge import inputs (issue 13), made on demand for tests/test_hostile_import.py
and `make bench`: a FIFO, a link to /dev/zero, a .docx that lies about its size, lower-case
paragraphs that each continue the one before, a PDF content stream nested too deep, huge
outlines and answers."""

from __future__ import annotations

import io
import os
import struct
import zipfile
import zlib
from pathlib import Path

from tests.strategy_files import write_docx

W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def fifo(folder: Path) -> Path:
    path = folder / "rör.txt"
    os.mkfifo(path)
    return path


def zero_link(folder: Path) -> Path:
    path = folder / "noll.txt"
    path.symlink_to("/dev/zero")
    return path


def directory(folder: Path) -> Path:
    path = folder / "mapp.txt"
    path.mkdir()
    return path


def lower_case_paragraphs(path: Path, size: int = 680_000) -> Path:
    """A heading, then paragraphs that each start in lower case (each continues the one
    before, as after a page break): one paragraph of `size` bytes to join."""
    paragraph = "detta stycke fortsätter det förra utan att sluta\n\n".encode()
    path.write_bytes(b"1 Inledning\n\n" + paragraph * (size // len(paragraph)) + b"2 Slut\n")
    return path


def outline_text(path: Path, megabytes: int = 99) -> Path:
    """A .txt of `megabytes` MB on one line after a heading: the largest accepted outline."""
    body = b"ord " * ((megabytes * 2**20 - 64) // 4)
    path.write_bytes(b"1 Inledning\n" + body + b"\n2 Slut\n")
    return path


def answer_text(path: Path, megabytes: int = 99) -> Path:
    """An answer of `megabytes` MB: a heading and sentences, one long paragraph per line."""
    sentence = b"Kommunen tillstyrker forslaget om battre kollektivtrafik i regionen. "
    line = sentence * 200 + b"\n\n"
    count = megabytes * 2**20 // len(line)
    path.write_bytes(b"Yttrande\n\n1 Synpunkter\n\n" + line * count)
    return path


def deflated(head: bytes, block: bytes, count: int, tail: bytes = b"", wbits: int = -15) -> bytes:
    """`head + block * count + tail` deflated (raw for a zip; `wbits` 15: with zlib's header
    and checksum, as in a PDF stream) without deflating every block: after a full flush the
    compressor starts afresh, so each block deflates to the same bytes, made once and repeated.
    A bomb of 1 GB is made in a fraction of a second instead of seconds of compression."""
    compressor = zlib.compressobj(9, zlib.DEFLATED, wbits)
    start = compressor.compress(head) + compressor.flush(zlib.Z_FULL_FLUSH)
    once = compressor.compress(block) + compressor.flush(zlib.Z_FULL_FLUSH)
    again = compressor.compress(block) + compressor.flush(zlib.Z_FULL_FLUSH)
    assert once == again, "a block after a full flush deflates alike"
    end = compressor.compress(tail) + compressor.flush()
    if wbits > 0:  # zlib's checksum, of everything the stream holds
        checksum = zlib.adler32(head)
        for _ in range(count):
            checksum = zlib.adler32(block, checksum)
        end = end[:-4] + struct.pack(">I", zlib.adler32(tail, checksum))
    return start + once * count + end


def crc32_of(block: bytes, count: int) -> int:
    crc = 0
    for _ in range(count):
        crc = zlib.crc32(block, crc)
    return crc


def lying_docx(path: Path, template: Path, inflated: int = 2**30, declared: int = 525) -> Path:
    """A real .docx whose word/document.xml inflates to `inflated` bytes while the zip's
    local header and central directory both declare `declared`."""
    head = f"<w:document {W_NS}><w:body><w:p><w:r><w:t>".encode()
    tail = b"</w:t></w:r></w:p></w:body></w:document>"
    block = b"a" * 2**20
    count = (inflated - len(head) - len(tail)) // len(block)
    members = []
    with zipfile.ZipFile(template) as source:
        for info in source.infolist():
            if info.filename == "word/document.xml":  # a CRC that fits nothing
                members.append((info.filename, deflated(head, block, count, tail), 0, declared))
            else:
                members.append(packed(info.filename, source.read(info)))
    path.write_bytes(zip_by_hand(members))
    return path


def packed(name: str, raw: bytes) -> tuple[str, bytes, int, int]:
    """A zip member as `zip_by_hand` takes it: name, deflated bytes, CRC and size."""
    packer = zlib.compressobj(6, zlib.DEFLATED, -15)
    return name, packer.compress(raw) + packer.flush(), zlib.crc32(raw), len(raw)


def zip_by_hand(members: list[tuple[str, bytes, int, int]]) -> bytes:
    """A zip of deflated members (name, deflated bytes, CRC, size), each as given: sizes and
    CRCs that lie, or members deflated without zipfile deflating them again."""
    out = io.BytesIO()
    central = []
    for name, raw, crc, size in members:
        encoded = name.encode()
        offset = out.tell()
        out.write(struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 0, 8, 0, 0x21, crc,
                              len(raw), size, len(encoded), 0))  # fmt: skip
        out.write(encoded)
        out.write(raw)
        central.append(
            struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, 0, 8, 0, 0x21, crc,
                        len(raw), size, len(encoded), 0, 0, 0, 0, 0, offset) + encoded
        )  # fmt: skip
    directory_at = out.tell()
    for entry in central:
        out.write(entry)
    size_of_directory = out.tell() - directory_at
    out.write(struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(central), len(central),
                          size_of_directory, directory_at, 0))  # fmt: skip
    return out.getvalue()


def many_paragraphs_docx(path: Path, template: Path, count: int = 1_000_000) -> Path:
    """A real .docx with `count` short paragraphs under a few headings."""
    paragraph = "<w:p><w:r><w:t>Kort stycke nummer {n} i remissen.</w:t></w:r></w:p>"
    heading = (
        '<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t>{n} Avsnitt</w:t></w:r></w:p>'
    )
    parts = [f"<w:document {W_NS}><w:body>"]
    for n in range(count):
        if n % 10_000 == 0:
            parts.append(heading.format(n=n // 10_000 + 1))
        parts.append(paragraph.format(n=n))
    parts.append("</w:body></w:document>")
    document = "".join(parts).encode()
    out = io.BytesIO()
    with (
        zipfile.ZipFile(template) as source,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target,
    ):
        for info in source.infolist():
            body = document if info.filename == "word/document.xml" else source.read(info)
            target.writestr(info.filename, body)
    path.write_bytes(out.getvalue())
    return path


def nested_pdf(path: Path, depth: int = 100_000) -> Path:
    """A one-page PDF whose content stream nests `q` (save state) `depth` deep, and arrays
    inside arrays: what made the reader's recursion give up."""
    stream = b"q " * depth + _TEXT + b" " + b"Q " * depth
    stream += b"[" * depth + b"]" * depth
    return _write_pdf(path, _page(b"/Font << /F1 5 0 R >>"), [_stream(b"", stream), _FONT])


def nested_forms_pdf(path: Path, depth: int = 10_000) -> Path:
    """A one-page PDF whose page draws a Form XObject that draws the next, `depth` deep; the
    last one sets the text. Objects 6 … 5 + depth are the forms."""
    first = 6
    forms = []
    for index in range(depth):
        number = first + index
        if index == depth - 1:
            resources = b"/Font << /F1 5 0 R >>"
            content = _TEXT
        else:
            resources = b"/XObject << /X %d 0 R >>" % (number + 1)
            content = b"q /X Do Q"
        forms.append(
            _stream(b"/Type /XObject /Subtype /Form /BBox [0 0 595 842] /Resources << "
                    + resources + b" >>", content)
        )  # fmt: skip
    page = _page(b"/XObject << /X %d 0 R >>" % first)
    return _write_pdf(path, page, [_stream(b"", b"q /X Do Q"), _FONT, *forms])


def nested_objects_pdf(path: Path, depth: int = 100_000) -> Path:
    """A one-page PDF with arrays nested `depth` deep and dictionaries nested `depth` deep in
    its object syntax: in the page's own dictionary, where every reader must parse them."""
    arrays = b"[" * depth + b"]" * depth
    dictionaries = b"<< /A " * depth + b"1" + b" >>" * depth
    page = _page(b"/Font << /F1 5 0 R >>", b" /Deep " + arrays + b" /Deeper " + dictionaries)
    return _write_pdf(path, page, [_stream(b"", _TEXT), _FONT])


_TEXT = b"BT /F1 12 Tf 72 720 Td (1 Inledning om remissens syfte och bakgrund) Tj ET"
_FONT = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"


def _page(resources: bytes, extra: bytes = b"") -> bytes:
    return (
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R"
        b" /Resources << " + resources + b" >>" + extra + b" >>"
    )


def _stream(entries: bytes, content: bytes) -> bytes:
    return b"<< " + entries + b" /Length %d >>\nstream\n" % len(content) + content + b"\nendstream"


def _write_pdf(path: Path, page: bytes, rest: list[bytes]) -> Path:
    """A PDF of objects 1 (catalog), 2 (pages), 3 (`page`), then `rest` from 4 on, with a
    correct cross-reference table."""
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
               page, *rest]  # fmt: skip
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for offset in offsets:
        out.write(b"%010d 00000 n \n" % offset)
    out.write(
        b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    )
    path.write_bytes(out.getvalue())
    return path


def template_docx(folder: Path) -> Path:
    return write_docx(folder / "mall.docx")
