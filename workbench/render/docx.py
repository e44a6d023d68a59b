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
from dataclasses import dataclass
from pathlib import Path

from workbench import paths
from workbench.compose import Document, Heading, ListBlock, Paragraph, Run, Signatures
from workbench.model import Kind
from workbench.render.files import ExportError, clean, write_atomic

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
    from docxtpl import DocxTemplate
    from jinja2 import TemplateSyntaxError

    template = DocxTemplate(str(path))
    try:
        used = template.get_undeclared_template_variables()
    except TemplateSyntaxError as exc:
        raise TemplateError(f"Mallen {path} har ett fel i en Jinja-tagg: {exc.message}.") from exc
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
    from docxtpl import DocxTemplate

    path = Path(template) if template is not None else template_path(document.kind)
    if not path.is_file():
        raise ExportError(f"Mallen {path} finns inte.")
    if template is not None or is_user_template(path):
        check_template(path)
    tpl = DocxTemplate(str(path))
    try:
        tpl.render(_context(document), autoescape=True)
    except Exception as exc:  # jinja2 errors from a user's template
        raise TemplateError(f"Mallen {path} kan inte fyllas i: {exc}.") from exc
    word = tpl.docx
    _BodyWriter(word).write(document.blocks)
    _set_language(word)
    properties = word.core_properties
    properties.title = clean(document.title)
    properties.author = clean(document.author)
    properties.subject = clean(document.remiss_title)
    properties.language = LANGUAGE
    properties.last_modified_by = clean(document.author)
    properties.modified = dt.datetime.now(dt.UTC).replace(tzinfo=None, microsecond=0)
    return word


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


@dataclass
class _Numbering:
    abstract_id: str | None


class _BodyWriter:
    """Writes the blocks in place of the `{{ body }}` paragraph, with the template's styles."""

    def __init__(self, word) -> None:
        from docx.oxml.ns import qn

        self.word = word
        self.qn = qn
        index = _style_index(word)
        self.style_ids = {
            role: index.get(name.casefold(), (None, None))[0] for role, name in STYLE_NAMES.items()
        }
        self.W_P, self.W_R, self.W_T = qn("w:p"), qn("w:r"), qn("w:t")
        self.W_PPR, self.W_RPR = qn("w:pPr"), qn("w:rPr")
        self.W_PSTYLE, self.W_RSTYLE, self.W_VAL = qn("w:pStyle"), qn("w:rStyle"), qn("w:val")
        self.W_I, self.W_BR = qn("w:i"), qn("w:br")
        self.XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"
        self._numbered_abstract: _Numbering | None = None

    def write(self, blocks) -> None:
        marker = self._marker()
        anchor_parent = marker.getparent()
        index = anchor_parent.index(marker)
        elements = []
        for block in blocks:
            elements.extend(self._block(block))
        anchor_parent.remove(marker)
        anchor_parent[index:index] = elements

    def _marker(self):
        body = self.word.element.body
        for paragraph in body.iterchildren(self.W_P):
            if BODY_MARKER in "".join(t.text or "" for t in paragraph.iter(self.W_T)):
                return paragraph
        raise TemplateError("Mallen saknar stycket {{ body }} där dokumentets text ska stå.")

    # Blocks

    def _block(self, block):
        if isinstance(block, Heading):
            return [self._paragraph(f"heading{block.level}", [Run(block.text)])]
        if isinstance(block, Paragraph):
            role = PARAGRAPH_ROLES.get(block.role, "body")
            return [self._paragraph(role, block.runs)]
        if isinstance(block, ListBlock):
            return self._list(block)
        if isinstance(block, Signatures):
            return [self._signature(s.name, s.title) for s in block.signatories]
        raise TypeError(type(block).__name__)

    def _new_paragraph(self, role: str):
        paragraph = self.word.element.makeelement(self.W_P, {})
        style_id = self.style_ids.get(role)
        if style_id:
            ppr = paragraph.makeelement(self.W_PPR, {})
            ppr.append(ppr.makeelement(self.W_PSTYLE, {self.W_VAL: style_id}))
            paragraph.append(ppr)
        return paragraph

    def _paragraph(self, role: str, runs: list[Run], prefix: str = ""):
        paragraph = self._new_paragraph(role)
        if prefix:
            self._run(paragraph, prefix)
        for run in runs:
            self._run(paragraph, run.text, italic=run.italic, lead=run.lead)
        return paragraph

    def _run(self, paragraph, text: str, italic: bool = False, lead: bool = False):
        text = clean(text)
        if not text:
            return None
        element = paragraph.makeelement(self.W_R, {})
        paragraph.append(element)
        lead_style = self.style_ids["lead"] if lead else None
        if italic or lead_style:
            rpr = element.makeelement(self.W_RPR, {})
            if lead_style:
                rpr.append(rpr.makeelement(self.W_RSTYLE, {self.W_VAL: lead_style}))
            if italic:
                rpr.append(rpr.makeelement(self.W_I, {}))
            element.append(rpr)
        t = element.makeelement(self.W_T, {})
        t.text = text
        if text[0] == " " or text[-1] == " ":
            t.set(self.XML_SPACE, "preserve")
        element.append(t)
        return element

    def _signature(self, name: str, title: str):
        paragraph = self._new_paragraph("signature")
        self._run(paragraph, name)
        if title:
            br_run = paragraph.makeelement(self.W_R, {})
            br_run.append(br_run.makeelement(self.W_BR, {}))
            paragraph.append(br_run)
            self._run(paragraph, title)
        return paragraph

    def _list(self, block: ListBlock):
        role = "numbered" if block.numbered else "bullets"
        num_id = self._restarted_num_id() if block.numbered else None
        out = []
        styled = num_id is not None or (not block.numbered and self._style_has_numbering(role))
        for number, item in enumerate(block.items, start=1):
            prefix = ""
            if not styled:
                prefix = f"{number}. " if block.numbered else "• "
            paragraph = self._paragraph(role, item, prefix)
            if num_id is not None:
                ppr = paragraph.find(self.W_PPR)
                if ppr is None:
                    ppr = paragraph.makeelement(self.W_PPR, {})
                    paragraph.insert(0, ppr)
                num_pr = ppr.makeelement(self.qn("w:numPr"), {})
                num_pr.append(num_pr.makeelement(self.qn("w:ilvl"), {self.W_VAL: "0"}))
                num_pr.append(num_pr.makeelement(self.qn("w:numId"), {self.W_VAL: num_id}))
                ppr.append(num_pr)
            out.append(paragraph)
        return out

    # Numbering: each numbered list starts at 1 (a new w:num over the style's list).

    def _style_num_id(self, role: str) -> str | None:
        style_id = self.style_ids.get(role)
        if not style_id:
            return None
        qn = self.qn
        for element in self.word.styles.element.iterchildren(qn("w:style")):
            if element.get(qn("w:styleId")) == style_id:
                num_id = element.find(f"{qn('w:pPr')}/{qn('w:numPr')}/{qn('w:numId')}")
                return None if num_id is None else num_id.get(self.W_VAL)
        return None

    def _style_has_numbering(self, role: str) -> bool:
        return self._style_num_id(role) is not None

    def _restarted_num_id(self) -> str | None:
        if self._numbered_abstract is None:
            self._numbered_abstract = _Numbering(self._abstract_of(self._style_num_id("numbered")))
        abstract_id = self._numbered_abstract.abstract_id
        if abstract_id is None:
            return None
        numbering = self.word.part.numbering_part.element
        num = numbering.add_num(int(abstract_id))
        override = num.add_lvlOverride(ilvl=0)
        override.add_startOverride(1)
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
                return None if abstract is None else abstract.get(self.W_VAL)
        return None
