"""PDF through LibreOffice: every kind converts, page numbers show as "1 (", and the file is
tagged, PDF/A-2b, titled and Swedish. Runs where `soffice` is installed (.ci/run installs it)."""

from __future__ import annotations

import re
import shutil

import pytest

from workbench.core.model import Kind
from workbench.document.files import ExportError
from workbench.usecases.export import ExportItem, export_many, export_response

REMISS_TITLE = "Life science-strategi för Stockholmsregionen"
needs_soffice = pytest.mark.skipif(
    shutil.which("soffice") is None and shutil.which("libreoffice") is None,
    reason="LibreOffice (soffice) is not installed; .ci/run installs libreoffice-writer",
)


@pytest.fixture(scope="module")
def pdfs(tmp_path_factory):
    """The Locum response (dnr and security class set) as a PDF of every kind."""
    from workbench.store import open_store
    from workbench.usecases.demo import load_demo

    base = tmp_path_factory.mktemp("pdf")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("WORKBENCH_HOME", str(base / "home"))
        with open_store(base / "demo.db") as store:
            load_demo(store)
            locum = next(s.id for s in store.list_responses() if s.organisation == "Locum AB")
            out = base / "ut"
            out.mkdir()
            paths = export_many(store, locum, [ExportItem(k, "pdf") for k in Kind], out)
    return dict(zip(list(Kind), paths, strict=True))


@needs_soffice
@pytest.mark.parametrize("kind", list(Kind))
def test_every_kind_converts_to_a_tagged_pdf_a_with_title_and_page_numbers(kind, pdfs):
    from pypdf import PdfReader

    path = pdfs[kind]
    assert path.name == f"LOC 2020-0809 {kind.label} {REMISS_TITLE}.pdf"
    reader = PdfReader(path)
    first_page = reader.pages[0].extract_text()
    assert re.search(r"1 \(\d+\)", first_page), first_page[:300]
    assert kind.label.upper() in first_page
    root = reader.trailer["/Root"]
    assert "/StructTreeRoot" in root
    assert root["/MarkInfo"]["/Marked"]
    assert root["/Lang"] == "sv-SE"
    title = "Yttrande över remiss Life science strategi för Stockholmsregionen"
    assert reader.metadata.title == title
    xmp = _xmp(reader)
    assert "<pdfaid:part>2</pdfaid:part>" in xmp
    assert "<pdfaid:conformance>B</pdfaid:conformance>" in xmp
    assert title in xmp


def _xmp(reader) -> str:
    return reader.trailer["/Root"]["/Metadata"].get_object().get_data().decode("utf-8")


def test_without_libreoffice_the_message_names_the_package(demo_store, tmp_path, monkeypatch):
    monkeypatch.setenv("PATH", str(tmp_path / "empty"))
    locum = next(s.id for s in demo_store.list_responses() if s.organisation == "Locum AB")
    with pytest.raises(ExportError, match="installera paketet libreoffice-writer"):
        export_response(demo_store, locum, fmt="pdf", out=tmp_path)
    assert [p.name for p in tmp_path.iterdir() if p.suffix == ".pdf"] == []
