"""Build the four Word templates of this folder: `python templates/build_templates.py [DIR]`.

Each template is written part by part as plain Office Open XML, so it holds only what the
documents use (a few styles, two lists, one header) and loads fast. The byte stream is
deterministic (fixed zip times and order): rebuilding changes nothing unless this script
changes, and tests/test_templates.py checks that the committed files are this script's output.

What a template holds, and what an organisation may change in Word:
- styles (fonts, sizes, spacing): Normal, heading 1–4, Subtitle, List Bullet, List Number,
  header, and four of our own: "Adressat", "Avslutning", "Underskrift" (paragraphs) and
  "Ställningstagande" (the character style of a position's lead: italic in the remissvar, as
  in seed 001; plain in the other kinds, as in seeds 000, 003 and 004);
- the page header: organisation, KIND, date, dnr, security class when set, and "page (pages)"
  from Word's PAGE and NUMPAGES fields; a logo may be added there;
- margins and page size (A4);
- the body: one paragraph `{{ body }}` where the composed document goes (keep it).
The Jinja variables are docxtpl's: {{ organisation }}, {{ kind }}, {{ date }}, {{ dnr }},
{{ security_class }}, {{ body }}, and optionally {{ title }}, {{ remiss_title }},
{{ sender }}, {{ sender_dnr }}.
"""

from __future__ import annotations

import sys
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

HERE = Path(__file__).resolve().parent
KINDS = ("remissvar", "yttrande", "tjansteutlatande", "beslut")
ZIP_TIME = (1980, 1, 1, 0, 0, 0)

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
DOC_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
XML_DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'

# Page: A4, 2.5 cm margins left and right; the header needs 4 cm at the top.
PAGE_WIDTH, PAGE_HEIGHT = 11906, 16838
MARGIN_LEFT = MARGIN_RIGHT = 1418
MARGIN_TOP, MARGIN_BOTTOM = 2268, 1418
TEXT_WIDTH = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT
# The header's second column (document kind, date, dnr) at 9 cm, as Swedish letters place it.
HEADER_COLUMN = 5103

# List items sit close together; the last one keeps a paragraph's space after it
# (contextual spacing drops the space only between paragraphs of the same style).
LIST_SPACING = (
    '<w:numPr><w:numId w:val="{num_id}"/></w:numPr><w:spacing w:after="160"/><w:contextualSpacing/>'
)

BODY_FONT = "Times New Roman"
HEADING_FONT = "Arial"
LANGUAGE = "sv-SE"


def main(argv: list[str]) -> None:
    target = Path(argv[0]) if argv else HERE
    target.mkdir(parents=True, exist_ok=True)
    for kind in KINDS:
        path = target / f"{kind}.docx"
        path.write_bytes(build(kind))
        print(path)


def build(kind: str) -> bytes:
    """One template as bytes."""
    from io import BytesIO

    parts = {
        "[Content_Types].xml": content_types(),
        "_rels/.rels": package_rels(),
        "docProps/core.xml": core_properties(),
        "docProps/app.xml": app_properties(),
        "word/document.xml": document(),
        "word/_rels/document.xml.rels": document_rels(),
        "word/styles.xml": styles(kind),
        "word/numbering.xml": numbering(),
        "word/settings.xml": settings(),
        "word/header1.xml": header(kind),
        "word/fontTable.xml": font_table(),
    }
    buffer = BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, xml in parts.items():
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            archive.writestr(info, XML_DECL + xml)
    return buffer.getvalue()


# Package parts


def content_types() -> str:
    office = "application/vnd.openxmlformats-officedocument"
    main = f"{office}.wordprocessingml"
    package = "application/vnd.openxmlformats-package"
    overrides = {
        "/word/document.xml": f"{main}.document.main+xml",
        "/word/styles.xml": f"{main}.styles+xml",
        "/word/numbering.xml": f"{main}.numbering+xml",
        "/word/settings.xml": f"{main}.settings+xml",
        "/word/header1.xml": f"{main}.header+xml",
        "/word/fontTable.xml": f"{main}.fontTable+xml",
        "/docProps/core.xml": f"{package}.core-properties+xml",
        "/docProps/app.xml": f"{office}.extended-properties+xml",
    }
    return (
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        f'<Default Extension="rels" ContentType="{package}.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Default Extension="png" ContentType="image/png"/>'
        '<Default Extension="jpeg" ContentType="image/jpeg"/>'
        + "".join(
            f'<Override PartName="{name}" ContentType="{content}"/>'
            for name, content in overrides.items()
        )
        + "</Types>"
    )


def package_rels() -> str:
    return (
        f'<Relationships xmlns="{PKG_REL}">'
        f'<Relationship Id="rId1" Type="{DOC_REL}/officeDocument" Target="word/document.xml"/>'
        '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/'
        'relationships/metadata/core-properties" Target="docProps/core.xml"/>'
        f'<Relationship Id="rId3" Type="{DOC_REL}/extended-properties" Target="docProps/app.xml"/>'
        "</Relationships>"
    )


def core_properties() -> str:
    return (
        '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/'
        'core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" '
        'xmlns:dcterms="http://purl.org/dc/terms/" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
        "<dc:title></dc:title><dc:creator>Remiss Workbench</dc:creator>"
        f"<dc:language>{LANGUAGE}</dc:language>"
        '<dcterms:created xsi:type="dcterms:W3CDTF">2026-01-01T00:00:00Z</dcterms:created>'
        "</cp:coreProperties>"
    )


def app_properties() -> str:
    return (
        '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/'
        'extended-properties"><Application>Remiss Workbench</Application></Properties>'
    )


def document_rels() -> str:
    targets = {
        "rId1": ("styles", "styles.xml"),
        "rId2": ("numbering", "numbering.xml"),
        "rId3": ("settings", "settings.xml"),
        "rId4": ("header", "header1.xml"),
        "rId5": ("fontTable", "fontTable.xml"),
    }
    return (
        f'<Relationships xmlns="{PKG_REL}">'
        + "".join(
            f'<Relationship Id="{rid}" Type="{DOC_REL}/{kind}" Target="{target}"/>'
            for rid, (kind, target) in targets.items()
        )
        + "</Relationships>"
    )


def document() -> str:
    return (
        f'<w:document xmlns:w="{W}" xmlns:r="{R}"><w:body>'
        + paragraph("{{ body }}")
        + '<w:sectPr><w:headerReference w:type="default" r:id="rId4"/>'
        f'<w:pgSz w:w="{PAGE_WIDTH}" w:h="{PAGE_HEIGHT}"/>'
        f'<w:pgMar w:top="{MARGIN_TOP}" w:right="{MARGIN_RIGHT}" w:bottom="{MARGIN_BOTTOM}"'
        f' w:left="{MARGIN_LEFT}" w:header="709" w:footer="709" w:gutter="0"/>'
        "</w:sectPr></w:body></w:document>"
    )


# The page header


def header(kind: str) -> str:
    dnr_label = "Diarienr" if kind == "yttrande" else "Dnr"
    first_line = (
        '<w:p><w:pPr><w:pStyle w:val="Header"/></w:pPr>'
        + run("{{ organisation }}", bold=True)
        + run_tab()
        + run("{{ kind }}", bold=True)
        + run_tab()
        + field("PAGE", "1")
        + run(" (")
        + field("NUMPAGES", "1")
        + run(")")
        + "</w:p>"
    )
    return (
        f'<w:hdr xmlns:w="{W}" xmlns:r="{R}">'
        + first_line
        + header_line("{{ date }}")
        + paragraph("{%p if dnr %}", "Header")
        + header_line(f"{dnr_label} {{{{ dnr }}}}")
        + paragraph("{%p endif %}", "Header")
        + paragraph("{%p if security_class %}", "Header")
        + header_line("Informationssäkerhetsklass: {{ security_class }}")
        + paragraph("{%p endif %}", "Header")
        + "</w:hdr>"
    )


def header_line(text: str) -> str:
    return '<w:p><w:pPr><w:pStyle w:val="Header"/></w:pPr>' + run_tab() + run(text) + "</w:p>"


def field(instruction: str, shown: str) -> str:
    """A Word field as sibling runs: begin, instruction, separate, cached result, end."""
    return (
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
        f'<w:r><w:instrText xml:space="preserve"> {instruction} </w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
        f"<w:r><w:t>{shown}</w:t></w:r>"
        '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
    )


def paragraph(text: str, style: str = "") -> str:
    properties = f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else ""
    return f"<w:p>{properties}{run(text)}</w:p>"


def run(text: str, bold: bool = False) -> str:
    properties = "<w:rPr><w:b/></w:rPr>" if bold else ""
    return f'<w:r>{properties}<w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


def run_tab() -> str:
    return "<w:r><w:tab/></w:r>"


# Styles


def fonts(name: str) -> str:
    return f'<w:rFonts w:ascii="{name}" w:hAnsi="{name}" w:eastAsia="{name}" w:cs="{name}"/>'


def size(points: float) -> str:
    half = round(points * 2)
    return f'<w:sz w:val="{half}"/><w:szCs w:val="{half}"/>'


def style(
    kind: str,
    style_id: str,
    name: str,
    ppr: str = "",
    rpr: str = "",
    based_on: str = "Normal",
    next_style: str = "",
    extra: str = "",
) -> str:
    based = f'<w:basedOn w:val="{based_on}"/>' if based_on else ""
    following = f'<w:next w:val="{next_style}"/>' if next_style else ""
    return (
        f'<w:style w:type="{kind}" w:styleId="{style_id}">'
        f'<w:name w:val="{name}"/>{based}{following}{extra}<w:qFormat/>'
        + (f"<w:pPr>{ppr}</w:pPr>" if ppr else "")
        + (f"<w:rPr>{rpr}</w:rPr>" if rpr else "")
        + "</w:style>"
    )


def heading(level: int, points: float, before: int, after: int, italic: bool = False) -> str:
    return style(
        "paragraph",
        f"Heading{level}",
        f"heading {level}",
        ppr=(
            f'<w:keepNext/><w:keepLines/><w:spacing w:before="{before}" w:after="{after}"/>'
            f'<w:outlineLvl w:val="{level - 1}"/>'
        ),
        rpr=fonts(HEADING_FONT) + "<w:b/><w:bCs/>" + ("<w:i/>" if italic else "") + size(points),
        next_style="Normal",
    )


def styles(kind: str) -> str:
    lead = "<w:i/><w:iCs/>" if kind == "remissvar" else ""
    addressee = "<w:b/><w:bCs/>" if kind == "remissvar" else ""
    defaults = (
        "<w:docDefaults><w:rPrDefault><w:rPr>"
        + fonts(BODY_FONT)
        + size(12)
        + f'<w:lang w:val="{LANGUAGE}" w:eastAsia="{LANGUAGE}" w:bidi="ar-SA"/>'
        "</w:rPr></w:rPrDefault><w:pPrDefault><w:pPr>"
        '<w:spacing w:after="160" w:line="252" w:lineRule="auto"/>'
        "</w:pPr></w:pPrDefault></w:docDefaults>"
    )
    body = [
        '<w:style w:type="paragraph" w:default="1" w:styleId="Normal">'
        '<w:name w:val="Normal"/><w:qFormat/><w:pPr><w:widowControl/></w:pPr></w:style>',
        '<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont">'
        '<w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/>'
        "<w:semiHidden/><w:unhideWhenUsed/></w:style>",
        '<w:style w:type="table" w:default="1" w:styleId="TableNormal">'
        '<w:name w:val="Normal Table"/><w:semiHidden/><w:unhideWhenUsed/>'
        '<w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar>'
        '<w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/>'
        '<w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/>'
        "</w:tblCellMar></w:tblPr></w:style>",
        '<w:style w:type="numbering" w:default="1" w:styleId="NoList">'
        '<w:name w:val="No List"/><w:semiHidden/><w:unhideWhenUsed/></w:style>',
        heading(1, 16, before=240, after=160),
        heading(2, 13, before=280, after=80),
        heading(3, 12, before=200, after=60),
        heading(4, 11, before=160, after=40, italic=True),
        style(
            "paragraph",
            "Subtitle",
            "Subtitle",
            ppr='<w:spacing w:before="0" w:after="240"/>',
            rpr=fonts(HEADING_FONT) + size(12),
            next_style="Normal",
        ),
        style(
            "paragraph",
            "ListBullet",
            "List Bullet",
            ppr=LIST_SPACING.format(num_id=1),
        ),
        style(
            "paragraph",
            "ListNumber",
            "List Number",
            ppr=LIST_SPACING.format(num_id=2),
        ),
        style(
            "paragraph",
            "Header",
            "header",
            ppr=(
                f'<w:tabs><w:tab w:val="left" w:pos="{HEADER_COLUMN}"/>'
                f'<w:tab w:val="right" w:pos="{TEXT_WIDTH}"/></w:tabs>'
                '<w:spacing w:after="0" w:line="240" w:lineRule="auto"/>'
            ),
            rpr=fonts(HEADING_FONT) + size(9),
        ),
        style(
            "paragraph",
            "Adressat",
            "Adressat",
            ppr='<w:spacing w:after="240"/>',
            rpr=addressee,
        ),
        style(
            "paragraph",
            "Avslutning",
            "Avslutning",
            ppr='<w:keepNext/><w:spacing w:before="240"/>',
        ),
        style(
            "paragraph",
            "Underskrift",
            "Underskrift",
            ppr='<w:keepNext/><w:keepLines/><w:spacing w:before="480" w:after="0"/>',
        ),
        style(
            "character",
            "Stallningstagande",
            "Ställningstagande",
            rpr=lead,
            based_on="DefaultParagraphFont",
        ),
    ]
    return f'<w:styles xmlns:w="{W}" xmlns:r="{R}">' + defaults + "".join(body) + "</w:styles>"


def numbering() -> str:
    def level(fmt: str, text: str) -> str:
        return (
            '<w:lvl w:ilvl="0"><w:start w:val="1"/>'
            f'<w:numFmt w:val="{fmt}"/><w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/>'
            '<w:pPr><w:ind w:left="425" w:hanging="425"/></w:pPr></w:lvl>'
        )

    return (
        f'<w:numbering xmlns:w="{W}">'
        '<w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="singleLevel"/>'
        + level("bullet", "•")
        + "</w:abstractNum>"
        '<w:abstractNum w:abstractNumId="1"><w:multiLevelType w:val="singleLevel"/>'
        + level("decimal", "%1.")
        + "</w:abstractNum>"
        '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'
        '<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>'
        "</w:numbering>"
    )


def settings() -> str:
    return (
        f'<w:settings xmlns:w="{W}">'
        '<w:defaultTabStop w:val="1304"/>'
        '<w:characterSpacingControl w:val="doNotCompress"/>'
        '<w:compat><w:compatSetting w:name="compatibilityMode" '
        'w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>'
        f'<w:themeFontLang w:val="{LANGUAGE}"/>'
        '<w:decimalSymbol w:val=","/><w:listSeparator w:val=";"/>'
        "</w:settings>"
    )


def font_table() -> str:
    def font(name: str, family: str, pitch: str = "variable") -> str:
        return (
            f'<w:font w:name="{name}"><w:charset w:val="00"/>'
            f'<w:family w:val="{family}"/><w:pitch w:val="{pitch}"/></w:font>'
        )

    return (
        f'<w:fonts xmlns:w="{W}">'
        + font(BODY_FONT, "roman")
        + font(HEADING_FONT, "swiss")
        + "</w:fonts>"
    )


if __name__ == "__main__":
    main(sys.argv[1:])
