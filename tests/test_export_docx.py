"""The .docx output: header fields, language, heading styles, user templates, hard text, and
writing safely (read-only folder, a target open in another program, no partial file)."""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import shutil
import tempfile
import zipfile
from pathlib import Path

import pytest

from tests.docx_helpers import (
    body_text,
    default_language,
    field_instructions,
    header_xml,
    headings,
    open_docx,
)
from workbench import paths
from workbench.core.model import Kind, Organisation, Position, Remiss, Response, Section, Signatory
from workbench.document.docx import TemplateError
from workbench.document.files import ExportError
from workbench.errors import NotFound
from workbench.usecases.export import export_response, file_name, load_case, safe_stem

TODAY = dt.date(2026, 11, 23)
ALL_KINDS = [k.value for k in Kind]


def response_id(store, organisation: str) -> int:
    return next(s.id for s in store.list_responses() if s.organisation == organisation)


# The header, the language, the outline


def test_header_has_organisation_kind_date_dnr_class_and_page_fields(demo_store, tmp_path):
    path = export_response(demo_store, response_id(demo_store, "Locum AB"), out=tmp_path)
    document = open_docx(path)
    xml = header_xml(document)
    assert 'w:fldCharType="begin"' in xml and 'w:fldCharType="end"' in xml
    assert field_instructions(document) == ["PAGE", "NUMPAGES"]
    header = " ".join(p.text for p in document.sections[0].header.paragraphs)
    for expected in ("Locum AB", "YTTRANDE", "Diarienr LOC 2020-0809", "1 (1)"):
        assert expected in header
    assert "Informationssäkerhetsklass: K1" in header
    assert "{{" not in header and "{%" not in header


def test_header_leaves_out_dnr_and_class_when_not_set(demo_store, tmp_path):
    path = export_response(demo_store, response_id(demo_store, "Stockholms stad"), out=tmp_path)
    header = [p.text for p in open_docx(path).sections[0].header.paragraphs]
    assert header[0].startswith("Stockholms stad\tREMISSVAR\t")
    assert not any("Dnr" in line or "Informationssäkerhetsklass" in line for line in header)


@pytest.mark.parametrize("kind", ALL_KINDS)
def test_every_kind_is_swedish_with_real_heading_styles(kind, demo_store, tmp_path):
    path = export_response(
        demo_store, response_id(demo_store, "Huddinge kommun"), kind, out=tmp_path, today=TODAY
    )
    document = open_docx(path)
    assert default_language(document) == "sv-SE"
    properties = document.core_properties
    assert properties.language == "sv-SE"
    assert properties.author == "Huddinge kommun"
    assert properties.title == headings(document)[0][1]
    levels = [level for level, _ in headings(document)]
    assert levels[0] == 1 and 2 in levels
    assert document.paragraphs[0].style.name in ("Adressat", "heading 1", "Heading 1")


def test_numbered_lists_start_at_one_each(store, tmp_path):
    case = _case(
        store,
        Position("fritext", "1. a\n2. b", section_id=None),
        Position("fritext", "Mellan.", section_id=None),
        Position("fritext", "1. c", section_id=None),
    )
    path = export_response(store, case, "yttrande", out=tmp_path)
    document = open_docx(path)
    numbered = [p for p in document.paragraphs if p.style.name == "List Number"]
    ids = [p._p.pPr.numPr.numId.val for p in numbered]
    assert [p.text for p in numbered] == ["a", "b", "c"] and ids[0] == ids[1] != ids[2]
    numbering = document.part.numbering_part.element
    for num_id in set(ids):
        num = numbering.num_having_numId(num_id)
        assert num.lvlOverride_lst[0].startOverride.val == 1


# User templates


def _user_template(kind: str) -> Path:
    target = paths.user_templates_dir() / f"{kind}.docx"
    target.parent.mkdir(parents=True, exist_ok=True)
    return target


def _rewrite(source: Path, target: Path, part: str, change) -> None:
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w") as new:
        for item in old.infolist():
            data = old.read(item.filename)
            if item.filename == part:
                data = change(data.decode("utf-8")).encode("utf-8")
            new.writestr(item, data)


def test_a_user_template_missing_a_variable_is_refused_naming_it(demo_store, tmp_path):
    target = _user_template("yttrande")
    _rewrite(
        paths.templates_dir() / "yttrande.docx",
        target,
        "word/header1.xml",
        lambda xml: (
            xml.replace("{{ dnr }}", "")
            .replace("if dnr", "if 1")
            .replace("{{ kind }}", "{{ logga }}")
        ),
    )
    with pytest.raises(TemplateError) as error:
        export_response(demo_store, response_id(demo_store, "Locum AB"), out=tmp_path)
    message = str(error.value)
    assert "saknar variablerna {{ kind }}, {{ dnr }}" in message
    assert "okända variabler {{ logga }}" in message
    assert str(target) in message
    assert list(tmp_path.glob("*.docx")) == []


def test_a_user_template_missing_a_style_is_refused_naming_it(demo_store, tmp_path):
    _rewrite(
        paths.templates_dir() / "remissvar.docx",
        _user_template("remissvar"),
        "word/styles.xml",
        lambda xml: xml.replace('w:val="Ställningstagande"', 'w:val="Min stil"'),
    )
    with pytest.raises(TemplateError, match="saknar formatmallarna 'Ställningstagande'"):
        export_response(demo_store, response_id(demo_store, "Stockholms stad"), out=tmp_path)


def test_a_template_with_a_changed_font_renders_with_that_font(demo_store, tmp_path):
    import docx

    template = docx.Document(str(paths.templates_dir() / "remissvar.docx"))
    template.styles["Normal"].font.name = "Georgia"
    template.styles["Heading 1"].font.name = "Verdana"
    template.save(str(_user_template("remissvar")))
    path = export_response(demo_store, response_id(demo_store, "Stockholms stad"), out=tmp_path)
    document = open_docx(path)
    assert document.styles["Normal"].font.name == "Georgia"
    assert document.styles["Heading 1"].font.name == "Verdana"
    title = next(p for p in document.paragraphs if p.style.name.lower() == "heading 1")
    assert title.text == "Life science-strategi för Stockholm-Uppsala-regionen"
    assert "Stockholms stad välkomnar den gemensamma" in body_text(document)


def test_a_template_with_localised_style_ids_keeps_its_styles(demo_store, tmp_path):
    # Swedish Word saves "heading 1" with the id "Rubrik1": styles are found by name.
    _rewrite(
        paths.templates_dir() / "yttrande.docx",
        _user_template("yttrande"),
        "word/styles.xml",
        lambda xml: xml.replace('"Heading1"', '"Rubrik1"').replace('"ListBullet"', '"Punkt"'),
    )
    path = export_response(demo_store, response_id(demo_store, "Locum AB"), out=tmp_path)
    document = open_docx(path)
    assert headings(document)[0] == (
        1,
        "Yttrande över remiss Life science strategi för Stockholmsregionen",
    )
    assert document.paragraphs[1]._p.pPr.pStyle.val == "Rubrik1"


# Hard text


def _case(store, *positions: Position, **fields) -> int:
    org = store.add_organisation(
        Organisation(
            "Test & Co <AB>",
            subject="Bolaget",
            signatories=[Signatory("Åsa Öberg 😀", "VD", 0)],
        )
    )
    remiss = store.add_remiss(
        Remiss("Remiss <med> & tecken", "Avsändare", "RS 1", sections=[Section("1", "Ett")])
    )
    response = store.add_response(
        Response(remiss_id=remiss.id, organisation_id=org.id, kind=Kind.YTTRANDE, **fields)
    )
    for position in positions:
        store.add_position(response.id, position)
    return response.id


def test_control_characters_markup_emoji_and_long_text_export_cleanly(store, tmp_path):
    long_text = "Lång mening om <data> & annat. " * 3400  # over 100,000 characters
    assert len(long_text) > 100_000
    response = _case(
        store,
        Position(
            "tillstyrker", "förslaget\x00 med\x07 kontroll\x1f<tecken> & 😀.", section_id=None
        ),
        Position("fritext", long_text, section_id=None),
        background="Text\x0b med\x0c sidbrytning\x1b och <b>fet</b> &amp; 🇸🇪",
        title="Titel <x> & y\x01",
    )
    for fmt in ("docx", "md", "json"):
        path = export_response(store, response, fmt=fmt, out=tmp_path)
        assert path.is_file()
    document = open_docx(tmp_path / file_name(load_case(store, response), Kind.YTTRANDE, "docx"))
    text = body_text(document)
    assert "Bolaget tillstyrker förslaget med kontroll<tecken> & 😀." in text
    assert "Text med sidbrytning och <b>fet</b> &amp; 🇸🇪" in text
    assert text.count("Lång mening om <data> & annat.") == 3400
    assert "Titel <x> & y" in text
    assert not any(ord(c) < 32 for c in text)
    assert document.core_properties.author == "Test & Co <AB>"
    assert "Åsa Öberg 😀" in text
    header = " ".join(p.text for p in document.sections[0].header.paragraphs)
    assert "Test & Co <AB>" in header
    md = next(tmp_path.glob("*.md")).read_text(encoding="utf-8")
    assert "\x00" not in md and "förslaget med kontroll\\<tecken\\> & 😀." in md
    data = json.loads(next(tmp_path.glob("*.json")).read_text(encoding="utf-8"))
    assert data["organisation"] == "Test & Co <AB>"


# Writing safely


@pytest.fixture
def open_folder(monkeypatch):
    """A folder outside pytest's private temporary tree, with the data directory beside it,
    so that a process without root's rights can reach it."""
    base = Path(tempfile.mkdtemp(prefix="workbench-ro-"))
    base.chmod(0o755)
    monkeypatch.setenv("WORKBENCH_HOME", str(base / "home"))
    yield base
    base.chmod(0o755)
    shutil.rmtree(base)


@contextlib.contextmanager
def read_only(folder: Path):
    """A folder this process cannot write to. Root writes anywhere, so as root (CI) the
    process takes the rights of `nobody` for the duration."""
    import docxtpl  # noqa: F401  (loaded before the rights change, like any earlier export)

    folder.chmod(0o555)
    dropped = os.geteuid() == 0
    if dropped:
        os.seteuid(65534)
    try:
        yield folder
    finally:
        if dropped:
            os.seteuid(0)
        folder.chmod(0o755)


def test_a_read_only_folder_gives_a_clear_error_and_no_file(demo_store, open_folder):
    folder = open_folder / "skrivskyddad"
    folder.mkdir()
    case = load_case(demo_store, response_id(demo_store, "Locum AB"))
    # As root the export runs as `nobody`, who may not enter the clone (it can lie in a
    # mode-700 folder such as /root): the templates are read from the data directory beside
    # the folder, and one export beforehand has loaded every module the export uses.
    shutil.copytree(paths.templates_dir(), paths.user_templates_dir())
    export_response(demo_store, case.response.id, out=open_folder)
    with read_only(folder), pytest.raises(ExportError) as error:
        export_response(demo_store, case.response.id, out=folder)
    assert str(error.value) == f"Kan inte skriva i mappen {folder}: åtkomst nekad."
    assert list(folder.iterdir()) == []


@pytest.mark.parametrize("lock", [".~lock.{name}#", "~${name}", "~${short}"])
def test_a_target_open_in_another_program_is_not_overwritten(lock, demo_store, tmp_path):
    case = load_case(demo_store, response_id(demo_store, "Locum AB"))
    name = file_name(case, Kind.YTTRANDE, "docx")
    target = tmp_path / name
    target.write_bytes(b"the signed version")
    (tmp_path / lock.format(name=name, short=name[2:])).write_text("user,host;", "utf-8")
    with pytest.raises(ExportError, match="är öppen i ett annat program"):
        export_response(demo_store, case.response.id, out=tmp_path)
    assert target.read_bytes() == b"the signed version"
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".~workbench")) == []


def test_export_replaces_an_existing_file_whole_and_keeps_it_as_the_previous(demo_store, tmp_path):
    out = tmp_path / "ut"
    out.mkdir()
    target = out / "svar.docx"
    target.write_bytes(b"old")
    export_response(demo_store, response_id(demo_store, "Locum AB"), out=target)
    assert zipfile.is_zipfile(target)
    assert sorted(p.name for p in out.iterdir()) == ["svar (föregående).docx", "svar.docx"]
    assert (out / "svar (föregående).docx").read_bytes() == b"old"


def test_unknown_id_and_kind_are_user_errors(demo_store, tmp_path):
    tmp_path = tmp_path / "ut"
    tmp_path.mkdir()
    with pytest.raises(NotFound, match="Yttrande 999 finns inte"):
        export_response(demo_store, 999, out=tmp_path)
    with pytest.raises(Exception, match="Okänd dokumenttyp 'brev'"):
        export_response(demo_store, response_id(demo_store, "Locum AB"), "brev", out=tmp_path)
    assert list(tmp_path.iterdir()) == []


# File names and the JSON sidecar


def test_file_names_follow_the_convention_and_are_safe_for_windows(demo_store):
    case = load_case(demo_store, response_id(demo_store, "Locum AB"))
    assert (
        file_name(case, Kind.YTTRANDE, "docx")
        == "LOC 2020-0809 Yttrande Life science-strategi för Stockholmsregionen.docx"
    )
    other = load_case(demo_store, response_id(demo_store, "Huddinge kommun"))
    assert file_name(other, Kind.TJANSTEUTLATANDE, "pdf").startswith(
        "Huddinge kommun Tjänsteutlåtande Life science"
    )
    assert safe_stem('KS 2024/123 Yttrande: "Plan" <A|B>? *ny*. ') == (
        "KS 2024-123 Yttrande- -Plan- -A-B-- -ny-"
    )
    assert safe_stem("CON") == "_CON" and safe_stem("nul.txt") == "_nul.txt"
    assert safe_stem("...") == "dokument"
    assert len(safe_stem("ord " * 100)) <= 150


def test_json_sidecar_lists_every_section_with_stance_and_text(demo_store, tmp_path):
    path = export_response(
        demo_store, response_id(demo_store, "Stockholms stad"), fmt="json", out=tmp_path
    )
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["remiss"]["sender_dnr"] == "RS 2025-0671"
    assert data["organisation"] == "Stockholms stad"
    assert [s["number"] for s in data["sections"]] == [
        *("1.1", "1.2.2", "A", "B", "C", "D", "E", "3.3", "4.1")
    ]
    first = data["sections"][0]
    assert first["title"] == "Strategins syfte"
    assert (first["stance"], first["stance_class"]) == ("valkomnar", "for")
    assert first["text"].startswith("Stockholms stad välkomnar den gemensamma life science")
    assert "\n\nStockholms stad ställer sig positiv till att strategin" in first["text"]


def test_markdown_export_is_the_preview_text(demo_store, tmp_path):
    path = export_response(
        demo_store, response_id(demo_store, "Locum AB"), "beslut", "md", tmp_path, TODAY
    )
    text = path.read_text(encoding="utf-8")
    assert text.startswith("**Locum AB** · BESLUT · 2026-11-23 · Dnr LOC 2020-0809")
    assert "\n## Beslutsunderlag\n\n1. Locum ABs yttrande" in text
    assert "\n- att uppdra åt verkställande direktör" in text
