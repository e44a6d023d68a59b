"""Bad input: each gives one clear Swedish line, exit code 1 in the CLI, nothing stored."""

from __future__ import annotations

import random
import zipfile
from pathlib import Path

import pytest

from tests import hostile_inputs
from tests.strategy_files import STRATEGY_PDF, write_docx
from tests.test_cli import run
from workbench.ingest import IngestError, read_remiss
from workbench.ingest.text import WHOLE_DOCUMENT


def _encrypted_pdf(path: Path, user_password: str) -> Path:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(STRATEGY_PDF))
    writer.encrypt(user_password=user_password, owner_password="ägare", algorithm="RC4-128")
    writer.write(path)
    return path


def _scanned_pdf(path: Path) -> Path:
    from pypdf import PdfWriter

    writer = PdfWriter()
    for _ in range(3):
        writer.add_blank_page(width=595, height=842)
    writer.write(path)
    return path


def _zip_bomb(path: Path) -> Path:
    """A .docx whose document.xml unpacks from a few hundred kB to 200 MB of zeros."""
    block, count = b"0" * 2**20, 200
    document = hostile_inputs.deflated(b"", block, count)
    crc = hostile_inputs.crc32_of(block, count)
    members = [
        hostile_inputs.packed("[Content_Types].xml", b"<Types/>"),
        ("word/document.xml", document, crc, len(block) * count),
    ]
    path.write_bytes(hostile_inputs.zip_by_hand(members))
    return path


def _zip_without_document(path: Path) -> Path:
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("hej.txt", "inte Word")
    return path


def _junk(path: Path) -> Path:
    path.write_bytes(random.Random(3).randbytes(50_000))
    return path


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


BAD_FILES = {
    "empty txt": (lambda d: _write(d / "tom.txt", b""), "tom"),
    "blank txt": (lambda d: _write(d / "blank.md", b"  \n\n \t\n"), "tom"),
    "empty pdf": (lambda d: _write(d / "tom.pdf", b""), "tom"),
    "empty docx": (lambda d: _write(d / "tom.docx", b""), "tom"),
    "encrypted pdf": (lambda d: _encrypted_pdf(d / "krypterad.pdf", "hemligt"), "lösenordsskyddad"),
    "corrupt pdf": (
        lambda d: _write(d / "trasig.pdf", STRATEGY_PDF.read_bytes()[:3000]),
        "PDF-filen är skadad",
    ),
    "not a pdf": (lambda d: _write(d / "fel.pdf", b"Hej, jag ar ingen PDF.\n" * 20), "skadad"),
    "scanned pdf": (lambda d: _scanned_pdf(d / "inskannad.pdf"), "saknar textlager"),
    "docx not a zip": (
        lambda d: _write(d / "fel.docx", b"Inte en zip-fil.\n" * 10),
        "inte ett Word",
    ),
    "zip, not word": (lambda d: _zip_without_document(d / "zip.docx"), "inget Word-dokument"),
    "zip bomb": (lambda d: _zip_bomb(d / "bomb.docx"), "zip-bomb"),
    "unknown extension": (lambda d: _write(d / "data.xlsx", b"x" * 100), "Okänd filtyp .xlsx"),
    "no extension": (lambda d: _write(d / "remiss", b"1 Inledning\n"), "Okänd filtyp"),
    "old word": (lambda d: _write(d / "gammal.doc", b"\xd0\xcf\x11\xe0" * 100), ".doc stöds inte"),
    "binary junk as txt": (lambda d: _junk(d / "skräp.txt"), "binärdata"),
    "missing file": (lambda d: d / "finns-inte.pdf", "finns inte"),
}


@pytest.mark.parametrize("case", sorted(BAD_FILES))
def test_bad_input_raises_one_swedish_line(tmp_path, case):
    make, message = BAD_FILES[case]
    path = make(tmp_path)
    with pytest.raises(IngestError) as error:
        read_remiss(path)
    text = str(error.value)
    assert message in text
    assert "\n" not in text and len(text) < 200


@pytest.mark.parametrize("case", sorted(BAD_FILES))
def test_bad_input_in_the_cli_exits_1_and_stores_nothing(tmp_path, capsys, demo_db, case):
    from workbench.store import open_store

    with open_store(demo_db) as store:
        before = store.counts()
    path = BAD_FILES[case][0](tmp_path)
    code, out, err = run(capsys, "--db", str(demo_db), "remiss", "import", str(path))
    assert code == 1
    assert out == ""
    assert err.startswith("fel: ") and err.count("\n") == 1
    code, out, err = run(capsys, "outline", str(path), "--json")
    assert (code, out) == (1, "") and err.count("\n") == 1
    with open_store(demo_db) as store:
        assert store.counts() == before


def test_a_bad_file_never_creates_the_store(tmp_path, capsys):
    db = tmp_path / "ny.db"
    code, _out, _err = run(
        capsys, "--db", str(db), "remiss", "import", str(_junk(tmp_path / "x.txt"))
    )
    assert code == 1
    assert not db.exists()


def test_owner_only_encryption_still_imports(tmp_path):
    parsed = read_remiss(_encrypted_pdf(tmp_path / "låst.pdf", ""))
    assert len(parsed.sections) == 13


def test_size_limit_argument_option_and_environment(tmp_path, capsys, monkeypatch):
    path = write_docx(tmp_path / "strategi.docx")
    with pytest.raises(IngestError, match="större än gränsen"):
        read_remiss(path, max_bytes=1000)
    code, _out, err = run(capsys, "outline", str(path), "--max-mb", "0.001")
    assert code == 1 and "större än gränsen" in err
    monkeypatch.setenv("WORKBENCH_MAX_IMPORT_MB", "0.001")
    code, _out, err = run(capsys, "outline", str(path))
    assert code == 1 and "WORKBENCH_MAX_IMPORT_MB" in err
    code, _out, _err = run(capsys, "outline", str(path), "--max-mb", "5")
    assert code == 0  # the option wins over the environment
    monkeypatch.setenv("WORKBENCH_MAX_IMPORT_MB", "mycket")
    code, _out, err = run(capsys, "outline", str(path))
    assert code == 1 and "inget tal" in err


def test_zip_bomb_is_refused_before_python_docx_opens_it(tmp_path, monkeypatch):
    import docx

    opened = []
    monkeypatch.setattr(docx, "Document", lambda *a, **k: opened.append(a))
    with pytest.raises(IngestError, match="zip-bomb"):
        read_remiss(_zip_bomb(tmp_path / "bomb.docx"))
    assert opened == []


def test_no_headings_imports_one_section_and_says_so(tmp_path, capsys, db_path):
    path = tmp_path / "brev.txt"
    path.write_text(
        "Hej!\n\nVi skickar härmed en remiss.\n\nMed vänlig hälsning\n", encoding="utf-8"
    )
    code, out, err = run(capsys, "--db", str(db_path), "remiss", "import", str(path))
    assert code == 0
    assert WHOLE_DOCUMENT in err
    from workbench.store import open_store

    with open_store(db_path) as store:
        remiss = store.get_remiss(int(out))
    assert [(s.number, s.title) for s in remiss.sections] == [("", WHOLE_DOCUMENT)]
    assert remiss.title == "brev"  # no title guess: the file name
    assert "Vi skickar härmed en remiss." in remiss.sections[0].body


def test_docx_with_broken_xml_is_a_clear_error(tmp_path):
    source = write_docx(tmp_path / "hel.docx")
    broken = tmp_path / "trasig.docx"
    with zipfile.ZipFile(source) as original, zipfile.ZipFile(broken, "w") as copy:
        for item in original.infolist():
            data = original.read(item.filename)
            if item.filename == "word/document.xml":
                data = data[: len(data) // 2]
            copy.writestr(item, data)
    with pytest.raises(IngestError, match="Word-filen"):
        read_remiss(broken)
