"""Document → .docx through the kind's Word template (docxtpl).

The template is Jinja in Word: docxtpl fills the header and any variable the template uses
(`render(context, autoescape=True)`), and the body's one paragraph `{{ body }}` is replaced by
the composed blocks, written as WordprocessingML with the template's own styles. Style ids are
looked up once per render by style name (python-docx's `add_paragraph(style=name)` scans all
styles on every call), so an organisation's template restyled in Word (other fonts, a logo,
other margins, even localised style ids) renders with its look.

A template from the user's folder is checked before rendering: every variable the document
needs must be there, no unknown variable may be used, and the styles must exist; the error
names what is missing.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from workbench import paths
from workbench.core.model import Kind
from workbench.document.compose import (
    Document,
    Heading,
    ListBlock,
    Paragraph,
    Run,
    Signatures,
    Table,
)
from workbench.document.files import ExportError, clean, write_atomic

REQUIRED_VARIABLES = ("organisation", "kind", "date", "dnr", "security_class", "body")
OPTIONAL_VARIABLES = ("title", "remiss_title", "sender", "sender_dnr")

# The styles the body uses, by the name Word shows (matched without regard to case: Word
# stores built-in names in lower case, "heading 1").
STYLE_NAMES = {
    "heading1": "heading 1",
    "heading2": "heading 2",
    "heading3": "heading 3",
    "heading4": "heading 4",
    "body": "Normal",
    "subtitle": "Subtitle",
    "bullets": "List Bullet",
    "numbered": "List Number",
    "addressee": "Adressat",
    "closing": "Avslutning",
    "signature": "Underskrift",
    "lead": "Ställningstagande",
}
PARAGRAPH_ROLES = {
    "addressee": "addressee",
    "subtitle": "subtitle",
    "closing": "closing",
}

BODY_MARKER = "\u2063workbench-body\u2063"
LANGUAGE = "sv-SE"


class TemplateError(ExportError):
    """A user's template lacks what the document needs."""


def template_path(kind: Kind | str) -> Path:
    """The user's template for the kind if there is one, else the bundled one."""
    name = f"{Kind(kind).value}.docx"
    user = paths.user_templates_dir() / name
    return user if user.is_file() else paths.templates_dir() / name


def is_user_template(path: Path) -> bool:
    return Path(path).parent.resolve() == paths.user_templates_dir().resolve()


_checked: dict[tuple[str, int, int], None] = {}


def check_template(path: Path) -> None:
    """Raise TemplateError naming every missing variable and style of a template."""
    path = Path(path)
    stat = path.stat()
    key = (str(path.resolve()), stat.st_mtime_ns, stat.st_size)
    if key in _checked:
        return
    template = _open_template(path)
    _check_tags_closed(path, template.docx)
    try:
        used = template.get_undeclared_template_variables(jinja_env=_jinja_environment())
    except Exception as exc:
        raise _template_failure(path, exc) from exc
    problems = []
    missing = [name for name in REQUIRED_VARIABLES if name not in used]
    if missing:
        names = ", ".join(f"{{{{ {name} }}}}" for name in missing)
        problems.append(f"saknar variablerna {names}")
    unknown = sorted(used - set(REQUIRED_VARIABLES) - set(OPTIONAL_VARIABLES))
    if unknown:
        names = ", ".join(f"{{{{ {name} }}}}" for name in unknown)
        problems.append(f"använder okända variabler {names}")
    found = _style_index(template.get_docx())
    missing_styles = [name for name in STYLE_NAMES.values() if name.casefold() not in found]
    if missing_styles:
        problems.append("saknar formatmallarna " + ", ".join(f"'{n}'" for n in missing_styles))
    if problems:
        raise TemplateError(f"Mallen {path} " + "; ".join(problems) + ".")
    _checked[key] = None


def render_docx(document: Document, target: Path, template: Path | None = None) -> Path:
    """Write the document as .docx at `target` (atomically); return the path."""
    word = build_docx(document, template)
    return write_atomic(Path(target), word.save)


def build_docx(document: Document, template: Path | None = None):
    """The filled-in python-docx Document (not yet saved)."""
    path = Path(template) if template is not None else template_path(document.kind)
    if not path.is_file():
        raise ExportError(f"Mallen {path} finns inte.")
    if template is not None or is_user_template(path):
        check_template(path)
    tpl = _open_template(path)
    try:
        tpl.render(_context(document), jinja_env=_jinja_environment(), autoescape=True)
    except Exception as exc:  # jinja2 errors from a user's template
        raise _template_failure(path, exc) from exc
    word = tpl.docx
    _BodyWriter(word).write(document.blocks)
    _set_language(word)
    properties = word.core_properties
    # Word's core properties hold at most 255 characters (python-docx refuses more).
    properties.title = clean(document.title)[:255]
    properties.author = clean(document.author)[:255]
    properties.subject = clean(document.remiss_title)[:255]
    properties.language = LANGUAGE
    properties.last_modified_by = clean(document.author)[:255]
    properties.modified = dt.datetime.now(dt.UTC).replace(tzinfo=None, microsecond=0)
    return word


_environment = None


def _jinja_environment():
    """The sandboxed environment every template renders in (template_sandbox says what a
    template may hold); one per process, so that it keeps the templates it compiled."""
    global _environment
    if _environment is None:
        from workbench.document.template_sandbox import template_environment

        _environment = template_environment()
    return _environment


def _open_template(path: Path):
    """docxtpl's template over a .docx, or a TemplateError when the file is no Word file."""
    from docxtpl import DocxTemplate

    template = DocxTemplate(str(path))
    try:
        template.init_docx()
    except Exception as exc:  # python-docx: PackageNotFoundError, BadZipFile, KeyError …
        raise TemplateError(
            f"Mallen {path} är ingen Word-fil (.docx) som går att läsa;"
            " spara den som .docx i Word och försök igen."
        ) from exc
    return template


_TEMPLATE_PARTS = ("document.main+xml", "header+xml", "footer+xml", "footnotes+xml")


def _check_tags_closed(path: Path, word) -> None:
    from workbench.document.template_sandbox import unclosed_tag

    for part in word.part.package.iter_parts():
        if not part.content_type.endswith(_TEMPLATE_PARTS):
            continue
        blob = part.blob
        found = unclosed_tag(blob.decode("utf-8", "replace") if isinstance(blob, bytes) else blob)
        if found is not None:
            tag, closer = found
            raise TemplateError(
                f"Mallen {path} har ett fel i taggen {tag}: den stängs inte med {closer}."
                " Rätta taggen i Word."
            )


FIELDS_SHOWN = ", ".join(REQUIRED_VARIABLES + OPTIONAL_VARIABLES)


def _template_failure(path: Path, exc: Exception) -> TemplateError:
    """A user's template that is refused, does not parse, or fails while filled in, as one
    Swedish line naming the template and the tag."""
    from jinja2 import TemplateSyntaxError
    from jinja2.exceptions import SecurityError

    from workbench.document.template_sandbox import tag_near, unclosed_block

    if isinstance(exc, TemplateError):
        return exc
    tag = getattr(exc, "tag", None)
    if tag is not None:
        return TemplateError(
            f"Mallen {path} får inte innehålla taggen {tag} ({getattr(exc, 'reason', '')}):"
            " en mall får bara"
            f" använda fälten {FIELDS_SHOWN}, med if, ~ och enkla filter som upper."
            " Ta bort eller ändra taggen i Word."
        )
    if isinstance(exc, SecurityError):
        return TemplateError(
            f"Mallen {path} försöker nå något som inte är tillåtet ({exc}); en mall får bara"
            f" använda fälten {FIELDS_SHOWN}."
        )
    if isinstance(exc, TemplateSyntaxError):
        unclosed = unclosed_block(exc.source or "")
        if unclosed is not None and exc.message.startswith("Unexpected end of template"):
            tag, end = unclosed
            return TemplateError(
                f"Mallen {path} har ett fel i taggen {tag}: den avslutas aldrig med {end}."
                " Rätta taggen i Word."
            )
        near = tag_near(exc.source or "", exc.lineno)
        where = f"taggen {near}" if near else "en Jinja-tagg"
        return TemplateError(
            f"Mallen {path} har ett fel i {where}: {(exc.message or '').rstrip('.')}."
            " Rätta taggen i Word."
        )
    return TemplateError(f"Mallen {path} kan inte fyllas i: {exc}.")


def _context(document: Document) -> dict[str, str]:
    header = document.header
    return {
        "organisation": clean(header.organisation),
        "kind": clean(header.kind),
        "date": clean(header.date),
        "dnr": clean(header.dnr),
        "security_class": clean(header.security_class),
        "title": clean(document.title),
        "remiss_title": clean(document.remiss_title),
        "sender": clean(document.sender),
        "sender_dnr": clean(document.sender_dnr),
        "body": BODY_MARKER,
    }


def _style_index(word) -> dict[str, tuple[str, str]]:
    """casefolded style name → (style id, type), read once from styles.xml."""
    from docx.oxml.ns import qn

    index = {}
    for element in word.styles.element.iterchildren(qn("w:style")):
        name = element.find(qn("w:name"))
        if name is not None:
            index[name.get(qn("w:val")).casefold()] = (
                element.get(qn("w:styleId")),
                element.get(qn("w:type")),
            )
    return index


def _set_language(word) -> None:
    """The text is Swedish whatever the template says: sv-SE as the default language."""
    from docx.oxml.ns import qn

    styles = word.styles.element
    defaults = styles.find(qn("w:docDefaults"))
    if defaults is None:
        defaults = styles.makeelement(qn("w:docDefaults"), {})
        styles.insert(0, defaults)
    rpr_default = _child(defaults, "w:rPrDefault")
    rpr = _child(rpr_default, "w:rPr")
    lang = _child(rpr, "w:lang")
    lang.set(qn("w:val"), LANGUAGE)


def _child(parent, tag: str):
    from docx.oxml.ns import qn

    found = parent.find(qn(tag))
    if found is None:
        found = parent.makeelement(qn(tag), {})
        parent.append(found)
    return found


W_NAMESPACE = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _xml_text(text: str) -> str:
    # Chained str.replace: str.translate with a mapping is slow on non-ASCII text.
    if not text:
        return ""
    text = clean(text)
    return (
        text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")
    )


class _BodyWriter:
    """Writes the blocks in place of the `{{ body }}` paragraph, with the template's styles.

    The body is built as one WordprocessingML string and parsed once: creating the
    elements one by one through python-docx's element classes costs several times more.
    """

    def __init__(self, word) -> None:
        from docx.oxml.ns import qn

        self.word = word
        self.qn = qn
        index = _style_index(word)
        self.style_ids = {
            role: index.get(name.casefold(), (None, None))[0] for role, name in STYLE_NAMES.items()
        }
        self.paragraph_open = {
            role: (
                f'<w:p><w:pPr><w:pStyle w:val="{_xml_text(style_id)}"/></w:pPr>'
                if style_id
                else "<w:p>"
            )
            for role, style_id in self.style_ids.items()
        }
        lead = self.style_ids["lead"]
        self.lead_rpr = f'<w:rPr><w:rStyle w:val="{_xml_text(lead)}"/></w:rPr>' if lead else ""
        self.numbered_style_num = self._style_num_id("numbered")
        self.bullets_styled = self._style_num_id("bullets") is not None
        self._numbered_abstract: str | None = None

    def write(self, blocks) -> None:
        from docx.oxml.parser import parse_xml

        marker = self._marker()
        parent = marker.getparent()
        index = parent.index(marker)
        parts = [f'<w:body xmlns:w="{W_NAMESPACE}">']
        for block in blocks:
            self._block(block, parts)
        parts.append("</w:body>")
        built = parse_xml("".join(parts))
        parent.remove(marker)
        parent[index:index] = list(built)

    def _marker(self):
        qn = self.qn
        body = self.word.element.body
        for paragraph in body.iterchildren(qn("w:p")):
            if BODY_MARKER in "".join(t.text or "" for t in paragraph.iter(qn("w:t"))):
                return paragraph
        raise TemplateError("Mallen saknar stycket {{ body }} där dokumentets text ska stå.")

    # Blocks

    def _block(self, block, out: list[str]) -> None:
        if isinstance(block, Heading):
            self._paragraph(f"heading{block.level}", [Run(block.text)], out)
        elif isinstance(block, Paragraph):
            self._paragraph(PARAGRAPH_ROLES.get(block.role, "body"), block.runs, out)
        elif isinstance(block, ListBlock):
            self._list(block, out)
        elif isinstance(block, Signatures):
            for signatory in block.signatories:
                out.append(self.paragraph_open["signature"])
                self._run(signatory.name, out)
                if signatory.title:
                    out.append("<w:r><w:br/></w:r>")
                    self._run(signatory.title, out)
                out.append("</w:p>")
        elif isinstance(block, Table):
            self._table(block, out)
        else:
            raise TypeError(type(block).__name__)

    def _table(self, table: Table, out: list[str]) -> None:
        """A table with thin borders (direct formatting: a template need not hold a table
        style); the header row bold and repeated on every page the table runs over."""
        if not table.rows:
            return
        width = max(len(row) for row in table.rows)
        weights = table.widths if len(table.widths) == width else [1] * width
        total = sum(weights) or 1
        border = '<w:{0} w:val="single" w:sz="4" w:space="0" w:color="808080"/>'
        out.append(
            '<w:tbl><w:tblPr><w:tblW w:w="5000" w:type="pct"/><w:tblLayout w:type="fixed"/>'
            "<w:tblBorders>"
            + "".join(
                border.format(side)
                for side in ("top", "left", "bottom", "right", "insideH", "insideV")
            )
            + '</w:tblBorders><w:tblCellMar><w:left w:w="80" w:type="dxa"/>'
            '<w:right w:w="80" w:type="dxa"/></w:tblCellMar></w:tblPr><w:tblGrid>'
            + "".join(f'<w:gridCol w:w="{9000 * w // total}"/>' for w in weights)
            + "</w:tblGrid>"
        )
        for index, row in enumerate(table.rows):
            header = table.header and index == 0
            repeat = "<w:tblHeader/>" if header else ""
            out.append(f"<w:tr><w:trPr>{repeat}<w:cantSplit/></w:trPr>")
            for column in range(width):
                text = row[column] if column < len(row) else ""
                align = table.align[column] if column < len(table.align) else "left"
                jc = {"right": "right", "center": "center"}.get(align, "left")
                out.append(
                    f'<w:tc><w:tcPr><w:tcW w:w="{5000 * weights[column] // total}" w:type="pct"/>'
                    '</w:tcPr><w:p><w:pPr><w:spacing w:before="20" w:after="20"/>'
                    f'<w:jc w:val="{jc}"/></w:pPr>'
                )
                if text:
                    bold = "<w:rPr><w:b/></w:rPr>" if header else ""
                    space = ' xml:space="preserve"' if text != text.strip() else ""
                    out.append(f"<w:r>{bold}<w:t{space}>{_xml_text(text)}</w:t></w:r>")
                out.append("</w:p></w:tc>")
            out.append("</w:tr>")
        out.append("</w:tbl>")
        # Word needs a paragraph between a table and whatever follows it.
        out.append('<w:p><w:pPr><w:spacing w:after="0"/></w:pPr></w:p>')

    def _paragraph(
        self, role: str, runs: list[Run], out: list[str], properties: str = "", prefix: str = ""
    ) -> None:
        opening = self.paragraph_open[role]
        if properties:
            opening = opening.replace("</w:pPr>", properties + "</w:pPr>", 1)
            if "<w:pPr>" not in opening:
                opening = f"<w:p><w:pPr>{properties}</w:pPr>"
        out.append(opening)
        if prefix:
            self._run(prefix, out)
        for run in runs:
            self._run(run.text, out, italic=run.italic, lead=run.lead)
        out.append("</w:p>")

    def _run(self, text: str, out: list[str], italic: bool = False, lead: bool = False) -> None:
        text = _xml_text(text)
        if not text:
            return
        rpr = self.lead_rpr if lead else ""
        if italic:
            rpr = rpr.replace("</w:rPr>", "<w:i/></w:rPr>") if rpr else "<w:rPr><w:i/></w:rPr>"
        space = ' xml:space="preserve"' if text[0] == " " or text[-1] == " " else ""
        out.append(f"<w:r>{rpr}<w:t{space}>{text}</w:t></w:r>")

    def _list(self, block: ListBlock, out: list[str]) -> None:
        role = "numbered" if block.numbered else "bullets"
        properties = ""
        styled = self.bullets_styled
        if block.numbered:
            num_id = self._restarted_num_id()
            styled = num_id is not None
            if num_id is not None:
                properties = f'<w:numPr><w:ilvl w:val="0"/><w:numId w:val="{num_id}"/></w:numPr>'
        for number, item in enumerate(block.items, start=1):
            prefix = "" if styled else (f"{number}. " if block.numbered else "• ")
            self._paragraph(role, item, out, properties, prefix)

    # Numbering: each numbered list starts at 1 (a new w:num over the style's list).

    def _style_num_id(self, role: str) -> str | None:
        style_id = self.style_ids.get(role)
        if not style_id:
            return None
        qn = self.qn
        for element in self.word.styles.element.iterchildren(qn("w:style")):
            if element.get(qn("w:styleId")) == style_id:
                num_id = element.find(f"{qn('w:pPr')}/{qn('w:numPr')}/{qn('w:numId')}")
                return None if num_id is None else num_id.get(qn("w:val"))
        return None

    def _restarted_num_id(self) -> str | None:
        if self._numbered_abstract is None:
            self._numbered_abstract = self._abstract_of(self.numbered_style_num) or ""
        if not self._numbered_abstract:
            return None
        numbering = self.word.part.numbering_part.element
        num = numbering.add_num(int(self._numbered_abstract))
        num.add_lvlOverride(ilvl=0).add_startOverride(1)
        return str(num.numId)

    def _abstract_of(self, num_id: str | None) -> str | None:
        if num_id is None:
            return None
        qn = self.qn
        try:
            numbering = self.word.part.numbering_part.element
        except (KeyError, NotImplementedError):
            return None
        for num in numbering.iterchildren(qn("w:num")):
            if num.get(qn("w:numId")) == num_id:
                abstract = num.find(qn("w:abstractNumId"))
                return None if abstract is None else abstract.get(qn("w:val"))
        return None
