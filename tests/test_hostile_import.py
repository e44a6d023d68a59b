"""Hostile imports (issue 13): what is no regular file, a file that reads forever, a .docx that
lies about its size, paragraphs that each continue the one before, a PDF nested deep, a huge
answer. Each runs `workbench remiss import` or `workbench answer import` in a process of its
own, with its address space capped at 1 GB (unbounded reading fails the test, not the
machine) and a hang guard of 60 s (not a speed assertion: `make bench` has the figures). Each
ends in exit 0, or exit 1 with one Swedish line, and a failed import leaves the store as it was.
"""

from __future__ import annotations

import os
import resource
import sqlite3
import subprocess
import sys
import time
import zipfile
import zlib
from pathlib import Path

import pytest

from tests import hostile_inputs
from tests.conftest import SEEDS

WORKBENCH = Path(sys.executable).with_name("workbench")
SECONDS = 60.0  # hang guard
ADDRESS_SPACE = 2**30
TABLES = ("remisses", "sections", "responses", "positions", "organisations")


def run_limited(db: Path, *args: str | Path) -> tuple[int | None, str]:
    """Exit code (None: still running at the hang guard, then killed) and stderr."""

    def limit() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (ADDRESS_SPACE, ADDRESS_SPACE))

    process = subprocess.Popen(
        [WORKBENCH, "--db", db, *args],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        env={**os.environ, "WORKBENCH_HOME": str(db.parent / "home")},
        preexec_fn=limit,
    )
    start = time.monotonic()
    while time.monotonic() - start < SECONDS:
        if process.poll() is not None:
            break
        time.sleep(0.02)
    else:
        process.kill()
        process.wait()
        process.stderr.close()
        return None, ""
    err = process.stderr.read().decode(errors="replace")
    process.stderr.close()
    return process.returncode, err


def rows(db: Path) -> dict[str, int]:
    conn = sqlite3.connect(db)
    try:
        return {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}
    finally:
        conn.close()


@pytest.fixture
def store_db(tmp_path) -> Path:
    """A store holding one remiss (seed 001), for answers to be imported to."""
    db = tmp_path / "store.db"
    code, err = run_limited(db, "remiss", "import", SEEDS / "001_ef9c50708ab3183d.txt")
    assert code == 0, err
    return db


def refused(db: Path, *args: str | Path) -> str:
    """Run an import that must fail: the one line it prints, after checking exit code,
    line count and that the store did not change."""
    before = rows(db)
    code, err = run_limited(db, *args)
    assert code is not None, f"{args}: still running after {SECONDS} s"
    assert code == 1, err
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("fel: "), err
    assert "Traceback" not in err and "oväntat fel" not in err
    assert rows(db) == before
    return lines[0]


@pytest.mark.parametrize("command", ["remiss", "answer"])
def test_a_fifo_is_refused_at_once(tmp_path, store_db, command):
    path = hostile_inputs.fifo(tmp_path)
    args = ["remiss", "import", path] if command == "remiss" else ["answer", "import", "1", path]
    line = refused(store_db, *args)
    assert "namngivet rör (FIFO), ingen vanlig fil" in line


@pytest.mark.parametrize("command", ["remiss", "answer"])
def test_a_link_to_dev_zero_is_refused_before_reading(tmp_path, store_db, command):
    path = hostile_inputs.zero_link(tmp_path)
    args = ["remiss", "import", path] if command == "remiss" else ["answer", "import", "1", path]
    line = refused(store_db, *args)
    assert "är en enhet, ingen vanlig fil" in line


@pytest.mark.skipif(not Path("/proc/self/maps").exists(), reason="needs /proc")
def test_a_file_that_says_it_is_empty_is_read_no_further_than_the_limit(tmp_path, store_db):
    # /proc/self/maps states a size of 0 and holds kilobytes: only the reading finds it large.
    path = tmp_path / "karta.txt"
    path.symlink_to("/proc/self/maps")
    assert path.stat().st_size == 0
    line = refused(store_db, "remiss", "import", path, "--max-mb", "0.001")
    assert "större än gränsen 1 kB" in line


@pytest.mark.parametrize("command", ["remiss", "answer"])
def test_a_directory_is_refused_in_swedish(tmp_path, store_db, command):
    path = hostile_inputs.directory(tmp_path)
    args = ["remiss", "import", path] if command == "remiss" else ["answer", "import", "1", path]
    line = refused(store_db, *args)
    assert "är en mapp, inte en fil" in line


def test_the_bombs_inflate_to_what_they_are_made_of(tmp_path):
    """The bombs (here and in test_fuzz_import) are deflated block by block: small ones
    inflate to the very bytes, checksums and sizes included (zlib and zipfile check them)."""
    block = b"ord " * 1000
    for wbits in (-15, 15):
        data = hostile_inputs.deflated(b"<huvud>", block, 50, b"</huvud>", wbits=wbits)
        assert zlib.decompress(data, wbits) == b"<huvud>" + block * 50 + b"</huvud>"
    member = hostile_inputs.deflated(b"", block, 8)
    path = tmp_path / "liten.zip"
    path.write_bytes(
        hostile_inputs.zip_by_hand(
            [
                hostile_inputs.packed("a.txt", b"hej"),
                ("b.txt", member, hostile_inputs.crc32_of(block, 8), len(block) * 8),
            ]
        )
    )
    with zipfile.ZipFile(path) as archive:
        assert archive.testzip() is None
        assert archive.read("b.txt") == block * 8 and archive.read("a.txt") == b"hej"


@pytest.mark.parametrize("command", ["remiss", "answer"])
def test_a_docx_that_lies_about_its_size_is_counted_while_inflating(tmp_path, store_db, command):
    template = hostile_inputs.template_docx(tmp_path)
    path = hostile_inputs.lying_docx(tmp_path / "ljuger.docx", template)
    args = ["remiss", "import", path] if command == "remiss" else ["answer", "import", "1", path]
    line = refused(store_db, *args)
    assert "zip-bomb" in line and "packas upp till mer än" in line


def test_a_docx_member_bigger_than_it_says_but_small_is_refused_as_damaged(tmp_path, store_db):
    template = hostile_inputs.template_docx(tmp_path)
    path = hostile_inputs.lying_docx(tmp_path / "ljuger.docx", template, inflated=2**20)
    line = refused(store_db, "remiss", "import", path)
    assert "Word-filen är skadad (word/document.xml packas upp till något annat" in line


def test_lower_case_paragraphs_join_into_one(tmp_path, store_db):
    path = hostile_inputs.lower_case_paragraphs(tmp_path / "stycken.txt")
    before = rows(store_db)
    code, err = run_limited(store_db, "remiss", "import", path)
    assert code == 0, err
    after = rows(store_db)
    assert after["remisses"] == before["remisses"] + 1
    conn = sqlite3.connect(store_db)
    body = conn.execute(
        "SELECT body FROM sections WHERE remiss_id = (SELECT max(id) FROM remisses)"
        " AND title = 'Inledning'"
    ).fetchone()[0]
    conn.close()
    assert "\n" not in body and body.count("detta stycke fortsätter") > 10_000


def test_lower_case_paragraphs_as_an_answer_end_in_a_result_or_one_line(tmp_path, store_db):
    path = hostile_inputs.lower_case_paragraphs(tmp_path / "svar.txt")
    before = rows(store_db)
    code, err = run_limited(store_db, "answer", "import", "1", path, "--org", "Testkommun")
    assert code is not None, f"still running after {SECONDS} s"
    if code:
        assert code == 1 and err.count("\n") == 1 and err.startswith("fel: "), err
        assert rows(store_db) == before
    else:
        assert rows(store_db)["responses"] == before["responses"] + 1


def _imported_text(db: Path, remiss: int) -> str:
    conn = sqlite3.connect(db)
    try:
        rows = conn.execute("SELECT title, body FROM sections WHERE remiss_id = ?", (remiss,))
        return "\n".join(f"{title}\n{body}" for title, body in rows)
    finally:
        conn.close()


# PDFium reads these two whole: the file imports, with its text.
@pytest.mark.parametrize(
    "maker",
    [
        hostile_inputs.nested_pdf,  # 100,000 nested `q` and arrays in the content stream
        hostile_inputs.nested_objects_pdf,  # 100,000 nested arrays and dicts in the page's own
    ],
)
def test_a_deeply_nested_pdf_that_pdfium_reads_imports_with_its_text(tmp_path, store_db, maker):
    path = maker(tmp_path / "nästlad.pdf")
    before = rows(store_db)
    code, err = run_limited(store_db, "remiss", "import", path)
    assert code == 0, err
    assert "Traceback" not in err and "oväntat fel" not in err
    assert rows(store_db)["remisses"] == before["remisses"] + 1
    assert "Inledning om remissens syfte och bakgrund" in _imported_text(store_db, 2)


def test_a_chain_of_nested_forms_is_refused_as_nested_not_as_scanned(tmp_path, store_db):
    # 10,000 Form XObjects, each drawing the next, the text in the last: PDFium stops reading
    # 40 levels down, and the page has no text; the message names the nesting.
    path = hostile_inputs.nested_forms_pdf(tmp_path / "formulär.pdf")
    line = refused(store_db, "remiss", "import", path)
    assert line == (
        "fel: PDF-filen är nästlad för djupt för att läsas; skriv ut den till en ny PDF och"
        " försök igen."
    )


def test_forms_nested_as_deep_as_pdfium_reads_import(tmp_path, store_db):
    from workbench.ingest.pdf import FORM_LEVELS

    path = hostile_inputs.nested_forms_pdf(tmp_path / "formulär.pdf", depth=FORM_LEVELS)
    code, err = run_limited(store_db, "remiss", "import", path)
    assert code == 0, err
    assert "Inledning om remissens syfte och bakgrund" in _imported_text(store_db, 2)


def test_a_huge_answer_is_refused_by_its_text_before_the_analysis(tmp_path, store_db):
    # 99 MB of text, within the file size limit: more than any answer holds.
    path = hostile_inputs.answer_text(tmp_path / "enormt.txt", megabytes=99)
    line = refused(store_db, "answer", "import", "1", path, "--org", "Testkommun")
    assert "Filen har 99 MB text; ett svar läses bara in upp till 5 MB text" in line
