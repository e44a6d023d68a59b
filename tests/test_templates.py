"""The committed Word templates are exactly what templates/build_templates.py builds."""

from __future__ import annotations

import runpy
from pathlib import Path

from tests.docx_helpers import open_docx

ROOT = Path(__file__).resolve().parents[1]
KINDS = ("remissvar", "yttrande", "tjansteutlatande", "beslut")


def test_committed_templates_are_the_build_scripts_output(tmp_path):
    build = runpy.run_path(str(ROOT / "templates" / "build_templates.py"))
    build["main"]([str(tmp_path)])
    for kind in KINDS:
        built = (tmp_path / f"{kind}.docx").read_bytes()
        committed = (ROOT / "templates" / f"{kind}.docx").read_bytes()
        assert built == committed, f"templates/{kind}.docx is stale: run build_templates.py"


def test_templates_are_a4_swedish_with_the_lead_style_italic_only_in_the_remissvar():
    for kind in KINDS:
        document = open_docx(ROOT / "templates" / f"{kind}.docx")
        section = document.sections[0]
        assert (round(section.page_width.mm), round(section.page_height.mm)) == (210, 297)
        assert document.core_properties.language == "sv-SE"
        lead = document.styles["Ställningstagande"]
        assert bool(lead.font.italic) == (kind == "remissvar")
        assert [p.text for p in document.paragraphs] == ["{{ body }}"]
