"""Hostile files: real remiss files mutated (truncated, bit-flipped, bombs, deeply nested XML,
huge lines, NUL bytes) and imported by `workbench remiss import` in a process of their own,
and importers fed by hypothesis. Every case ends in a result or a clear one-line error within
500 MB, and a failed import leaves the store as it was. The time limit is a hang guard, not a
speed assertion: on a quiet machine every case takes under 3.5 s (the slowest, 200,000 numbered
lines, about 3 s); `make bench` measures the large inputs."""

from __future__ import annotations

import io
import os
import random
import resource
import sqlite3
import subprocess
import sys
import time
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests import hostile_inputs
from tests.conftest import SEEDS
from tests.strategy_files import STRATEGY_PDF, write_docx
from workbench.ingest import IngestError, read_remiss
from workbench.store import open_store

WORKBENCH = Path(sys.executable).with_name("workbench")
SECONDS = 60.0  # hang guard
MEGABYTES = 500


# Mutations of real files


def truncated(data: bytes, fraction: float) -> bytes:
    return data[: int(len(data) * fraction)]


def bit_flipped(data: bytes, seed: int, flips: int = 40) -> bytes:
    rng = random.Random(seed)
    mutated = bytearray(data)
    for _ in range(flips):
        at = rng.randrange(len(mutated))
        mutated[at] ^= 1 << rng.randrange(8)
    return bytes(mutated)


def docx_with_document(document_xml: bytes, template: bytes) -> bytes:
    """A real .docx whose word/document.xml is replaced."""
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(template)) as source,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target,
    ):
        for info in source.infolist():
            body = document_xml if info.filename == "word/document.xml" else source.read(info)
            target.writestr(info.filename, body)
    return out.getvalue()


def deeply_nested(depth: int) -> bytes:
    ns = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    return (
        f"<w:document {ns}><w:body>".encode()
        + b"<w:sdt><w:sdtContent>" * depth
        + b"<w:p><w:r><w:t>1 Inledning</w:t></w:r></w:p>"
        + b"</w:sdtContent></w:sdt>" * depth
        + b"</w:body></w:document>"
    )


def entity_bomb() -> bytes:
    """Billion laughs: entities that expand to gigabytes if a parser lets them."""
    lines = ['<?xml version="1.0"?>', "<!DOCTYPE lolz [", '<!ENTITY lol "lol">']
    for level in range(1, 10):
        lines.append(f'<!ENTITY lol{level} "{("&lol" + str(level - 1) + ";") * 10}">')
    lines[3] = lines[3].replace("&lol0;", "&lol;")
    ns = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    lines += ["]>", f"<w:document {ns}><w:body><w:p><w:r><w:t>&lol9;</w:t></w:r></w:p>"]
    lines += ["</w:body></w:document>"]
    return "\n".join(lines).encode()


def pdf_bomb() -> bytes:
    """A one-page PDF whose content stream inflates from about 1 MB to 1 GB."""
    stream = hostile_inputs.deflated(b"", b" " * 2**20, 2**10, wbits=15)
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream) + stream + b"\nendstream",
    ]
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
    return out.getvalue()


def real_files(folder: Path) -> dict[str, bytes]:
    """The real files the cases mutate, by kind."""
    return {
        "pdf": STRATEGY_PDF.read_bytes(),
        "docx": write_docx(folder / "strategi-original.docx").read_bytes(),
        "txt": (SEEDS / "001_ef9c50708ab3183d.txt").read_bytes(),
        "ocr": (SEEDS / "002_36623c7d1b9e6a10.txt").read_bytes(),
    }


def zip_bomb() -> bytes:
    """A .docx whose document.xml inflates from about 1 MB to 1 GB of NUL bytes."""
    block, count = b"\x00" * 2**20, 2**10
    document = hostile_inputs.deflated(b"", block, count)
    return hostile_inputs.zip_by_hand(
        [
            hostile_inputs.packed("[Content_Types].xml", b"<Types/>"),
            ("word/document.xml", document, hostile_inputs.crc32_of(block, count), 2**30),
        ]
    )


Mutation = Callable[[dict[str, bytes]], bytes]


def hostile_cases() -> dict[str, Mutation]:
    """Name → how to make the file from the real ones: each real file mutated several ways,
    and the classic bombs. Made when its case runs (each case is a test of its own)."""
    cases: dict[str, Mutation] = {}
    for suffix in ("pdf", "docx", "txt"):
        for fraction in (0.05, 0.5, 0.95):
            cases[f"{suffix} truncated {fraction:.0%}.{suffix}"] = (
                lambda real, s=suffix, f=fraction: truncated(real[s], f)
            )
        for seed in range(4):
            cases[f"{suffix} bit-flipped {seed}.{suffix}"] = lambda real, s=suffix, n=seed: (
                bit_flipped(real[s], n)
            )
    cases["txt NUL bytes.txt"] = lambda real: b"\x00".join(real["ocr"].split(b" "))
    cases["txt all NUL.txt"] = lambda real: b"\x00" * 100_000
    # 10 MB: a 20 MB line peaks near the 500 MB limit (make bench reports it).
    cases["txt 10 MB line.txt"] = lambda real: (
        b"1 Inledning\n" + b"ord " * 2_500_000 + b"\n2 Slut\n"
    )
    cases["md huge heading.md"] = lambda real: b"# " + b"A" * 2_000_000 + b"\n\ntext\n"
    cases["txt many short lines.txt"] = lambda real: b"".join(
        b"%d Rubrik\n" % n for n in range(200_000)
    )
    cases["txt utf-16.txt"] = lambda real: "1 Inledning\nÅÄÖ text\n".encode("utf-16")
    cases["docx deeply nested.docx"] = lambda real: docx_with_document(
        deeply_nested(100_000), real["docx"]
    )
    cases["docx entity bomb.docx"] = lambda real: docx_with_document(entity_bomb(), real["docx"])
    cases["docx bit-flipped xml.docx"] = lambda real: docx_with_document(
        bit_flipped(deeply_nested(5), 9, flips=5), real["docx"]
    )
    cases["docx zip bomb.docx"] = lambda real: zip_bomb()
    cases["pdf flate bomb.pdf"] = lambda real: pdf_bomb()
    return cases


HOSTILE = hostile_cases()


def store_rows(db: Path) -> tuple[int, int]:
    conn = sqlite3.connect(db)
    try:
        return tuple(
            conn.execute(
                "SELECT (SELECT count(*) FROM remisses), (SELECT count(*) FROM sections)"
            ).fetchone()
        )
    finally:
        conn.close()


def import_limited(db: Path, path: Path) -> tuple[int | None, str, float, float]:
    """Run `workbench remiss import` on `path`: exit code (None: killed at the time limit),
    stderr, seconds, and peak memory in MB. The address space is capped at 2 GB so that a
    bomb that got through fails the test rather than the machine."""

    def limit() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (2 * 2**30, 2 * 2**30))

    env = {**os.environ, "WORKBENCH_HOME": str(db.parent / "home")}
    start = time.monotonic()
    process = subprocess.Popen(
        [WORKBENCH, "--db", db, "remiss", "import", path],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        env=env,
        preexec_fn=limit,
    )
    code = None
    while time.monotonic() - start < SECONDS:
        pid, status, usage = os.wait4(process.pid, os.WNOHANG)
        if pid:
            code = os.waitstatus_to_exitcode(status)
            break
        time.sleep(0.01)
    else:
        process.kill()
        _, _, usage = os.wait4(process.pid, 0)
    seconds = time.monotonic() - start
    err = process.stderr.read().decode(errors="replace")
    process.stderr.close()
    return code, err, seconds, usage.ru_maxrss / 1024


@pytest.mark.slow
@pytest.mark.parametrize("name", list(HOSTILE))
def test_mutated_real_files_end_in_a_result_or_one_clear_line(tmp_path, name):
    db = tmp_path / "store.db"
    open_store(db).close()
    folder = tmp_path / "files"
    folder.mkdir()
    path = folder / name.replace(" ", "_").replace("%", "pct")
    path.write_bytes(HOSTILE[name](real_files(folder)))
    before = store_rows(db)
    code, err, seconds, megabytes = import_limited(db, path)
    print(f"{seconds:5.2f} s {megabytes:6.0f} MB exit {code}  {name}")
    assert code is not None, f"{name}: still running after {SECONDS} s"
    assert megabytes <= MEGABYTES, f"{name}: {megabytes:.0f} MB"
    if code != 0:
        lines = err.strip().splitlines()
        one_clear_line = len(lines) == 1 and lines[0].startswith("fel: ")
        assert code == 1 and one_clear_line and "Traceback" not in err, (
            f"{name}: exit {code}, stderr {err[:300]!r}"
        )
        assert store_rows(db) == before, f"{name}: the failed import wrote to the store"
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()


# Hypothesis: any bytes under any of the importers' names


def read_or_refuse(path: Path) -> None:
    start = time.monotonic()
    try:
        parsed = read_remiss(path)
    except IngestError as exc:
        assert "\n" not in str(exc) and str(exc)
    else:
        assert parsed.sections
    assert time.monotonic() - start < SECONDS


@pytest.mark.slow
@settings(max_examples=400, deadline=None, suppress_health_check=list(HealthCheck))
@given(
    data=st.one_of(
        st.binary(max_size=4000),
        st.text(max_size=3000).map(lambda t: t.encode("utf-8", "surrogatepass")),
        st.lists(
            st.sampled_from(["1 Inledning", "2.1 Mål", "\x00", "\u202e", "A. Del", "x" * 500])
        ).map(lambda lines: "\n".join(lines).encode("utf-8")),
    ),
    suffix=st.sampled_from([".txt", ".md", ".pdf", ".docx"]),
)
def test_any_bytes_give_sections_or_an_ingest_error(tmp_path_factory, data, suffix):
    path = tmp_path_factory.mktemp("fuzz") / f"remiss{suffix}"
    path.write_bytes(data)
    read_or_refuse(path)


@pytest.mark.slow
@settings(max_examples=150, deadline=None, suppress_health_check=list(HealthCheck))
@given(
    data=st.data(),
    suffix=st.sampled_from(["pdf", "docx"]),
)
def test_real_files_with_random_damage(tmp_path_factory, data, suffix):
    folder = tmp_path_factory.mktemp("damage")
    original = STRATEGY_PDF.read_bytes() if suffix == "pdf" else _docx_bytes(folder)
    mutated = bytearray(original)
    for at in data.draw(st.lists(st.integers(0, len(original) - 1), min_size=1, max_size=30)):
        mutated[at] = data.draw(st.integers(0, 255))
    cut = data.draw(st.integers(len(original) // 10, len(original)))
    path = folder / f"remiss.{suffix}"
    path.write_bytes(bytes(mutated[:cut]))
    read_or_refuse(path)


_DOCX: dict[str, bytes] = {}


def _docx_bytes(folder: Path) -> bytes:
    if "docx" not in _DOCX:
        _DOCX["docx"] = write_docx(folder / "strategi.docx").read_bytes()
    return _DOCX["docx"]
