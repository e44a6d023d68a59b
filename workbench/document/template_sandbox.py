"""The Jinja that a Word template may hold: the documented fields, and nothing that runs code.

A template is input from outside (organisations pass their .docx around), so it is rendered in
Jinja's `SandboxedEnvironment` and, before that, every tag is held against a whitelist: a tag
may name the context's fields (`{{ organisation }}`, `{%p if dnr %}`), join them with `~`,
compare them, test them (`is defined`) and pass them through a few filters that cannot grow a
text (`upper`, `trim`, `default` …). Everything else is refused with the tag it sits in:
attributes and items (`organisation.__class__`, `self._TemplateReference__context`), calls
(`range(10**9)`, `lipsum.__globals__…`), arithmetic (`'x' * 10**9`), loops, `set`, macros,
includes and the filters that format or pad (`format`, `center`, `wordwrap` …). The sandbox
stays underneath as a second wall, with no globals (no `range`, `lipsum`, `cycler`, `joiner`,
`namespace`, `dict`) and no attribute considered safe.

Nothing here imports jinja2 at module level: `workbench.document.docx` imports this module
inside the functions that render, and the environment class is built on first use.
"""

from __future__ import annotations

import re
from typing import Any

# Filters that keep a text about its own size (none takes a width, count or format).
SAFE_FILTERS = frozenset(
    {"upper", "lower", "capitalize", "title", "trim", "striptags", "e", "escape", "default", "d"}
)
SAFE_TESTS = frozenset(
    {"defined", "undefined", "none", "string", "eq", "ne", "equalto", "==", "!=", "in"}
)
# Statement tags that carry no expression of their own.
_PLAIN_STATEMENTS = frozenset({"else", "endif"})

_TAG_RE = re.compile(r"\{\{.*?\}\}|\{%.*?%\}|\{\{.*?(?=<|\{|$)", re.DOTALL)
_XML_RE = re.compile(r"<[^>]*>")
MAX_TAG_SHOWN = 200


def template_environment():
    """A fresh sandboxed environment that keeps the templates it compiled (docxtpl compiles
    the same XML on every render, and compiling is a good part of a render's time)."""
    return _environment_class()(autoescape=True)


_class: Any = None


def _environment_class():
    global _class
    if _class is None:
        _class = _build_class()
    return _class


def _build_class():
    from jinja2 import nodes
    from jinja2.exceptions import SecurityError
    from jinja2.sandbox import SandboxedEnvironment

    allowed = (
        nodes.Template,
        nodes.Output,
        nodes.TemplateData,
        nodes.Const,
        nodes.If,
        nodes.CondExpr,
        nodes.And,
        nodes.Or,
        nodes.Not,
        nodes.Compare,
        nodes.Operand,
        nodes.Concat,
    )

    def refused(node) -> str | None:
        """Why the node is not allowed; None when it and all below it are."""
        for child in node.find_all(nodes.Node):
            reason = _refusal(child)
            if reason is not None:
                return reason
        return _refusal(node)

    def _refusal(node) -> str | None:
        if isinstance(node, nodes.Name):
            return None if node.ctx == "load" else "en tilldelning"
        if isinstance(node, nodes.Filter):
            return None if node.name in SAFE_FILTERS else f"filtret '{node.name}'"
        if isinstance(node, nodes.Test):
            return None if node.name in SAFE_TESTS else f"testet '{node.name}'"
        if isinstance(node, allowed):  # before BinExpr: And and Or are BinExprs
            return None
        if isinstance(node, (nodes.Getattr, nodes.Getitem, nodes.Slice)):
            return "åtkomst till attribut eller element"
        if isinstance(node, nodes.Call):
            return "ett funktionsanrop"
        if isinstance(node, nodes.BinExpr | nodes.UnaryExpr):
            return "räkneoperationer"
        if isinstance(node, nodes.For):
            return "en loop"
        return f"'{type(node).__name__}'"

    class TemplateRefused(SecurityError):
        """A tag uses more than the documented fields; `tag` is its text, `reason` why."""

        def __init__(self, tag: str, reason: str) -> None:
            super().__init__(f"{reason} i {tag}")
            self.tag = tag
            self.reason = reason

    class TemplateEnvironment(SandboxedEnvironment):
        refused_error = TemplateRefused

        def __init__(self, **options: Any) -> None:
            super().__init__(**options)
            self.globals.clear()
            self.filters = {name: self.filters[name] for name in SAFE_FILTERS}
            self.tests = {name: self.tests[name] for name in SAFE_TESTS}
            self._compiled: dict[tuple[str, bool], Any] = {}

        def is_safe_attribute(self, obj: Any, attr: str, value: Any) -> bool:
            return False

        def is_safe_callable(self, obj: Any) -> bool:
            return False

        def _parse(self, source, name, filename):
            tree = super()._parse(source, name, filename)
            for node in tree.find_all(nodes.Node):
                reason = _refusal(node)
                if reason is not None:
                    raise TemplateRefused(_tag_at(source, node.lineno, self), reason)
            return tree

        def from_string(self, source, globals=None, template_class=None):
            if globals is not None or template_class is not None:
                return super().from_string(source, globals, template_class)
            key = (source, bool(self.autoescape))
            compiled = self._compiled.get(key)
            if compiled is None:
                if len(self._compiled) >= 32:
                    self._compiled.clear()
                compiled = self._compiled[key] = super().from_string(source)
            return compiled

        def tag_refused(self, tag: str) -> str | None:
            """Why one tag's text is refused (None when it is allowed or does not parse)."""
            from jinja2 import TemplateSyntaxError

            expression = _expression_of(tag)
            if expression is None:
                return None
            if not isinstance(expression, str):
                return "en tagg som inte är tillåten"
            try:
                tree = SandboxedEnvironment._parse(self, "{{ " + expression + " }}", None, None)
            except TemplateSyntaxError:
                return None
            return refused(tree)

    return TemplateEnvironment


def _expression_of(tag: str) -> str | bool | None:
    """The expression a tag holds ({{ x }} → "x", {% if x %} → "x"); None for a tag without
    one (else, endif, a comment); False for a statement that is never allowed."""
    body = tag.strip()
    if body.startswith("{{"):
        inner = body[2:].removesuffix("}}").strip("-+ \t\n")
        return inner.removeprefix("r ").strip() or None
    if body.startswith("{%"):
        inner = body[2:].removesuffix("%}").strip("-+ \t\n")
        words = inner.split(None, 1)
        if not words:
            return None
        keyword = words[0]
        if keyword in ("p", "r", "tr", "tc") and len(words) > 1:
            words = words[1].split(None, 1)
            keyword = words[0] if words else ""
        if keyword in _PLAIN_STATEMENTS:
            return None
        if keyword in ("if", "elif") and len(words) > 1:
            return words[1]
        return False
    return None


def tags_of(source: str) -> list[str]:
    """The Jinja tags of a stretch of template XML, as the officer typed them in Word."""
    return [" ".join(_XML_RE.sub("", m.group(0)).split()) for m in _TAG_RE.finditer(source)]


def shown_tag(tag: str) -> str:
    """A tag as a message shows it: on one line, a long one cut."""
    text = " ".join(_XML_RE.sub("", tag).split())
    return text if len(text) <= MAX_TAG_SHOWN else text[: MAX_TAG_SHOWN - 1] + "…"


def _tag_at(source: str, lineno: int, environment) -> str:
    """The tag on the template's line `lineno` that is refused (docxtpl puts every paragraph
    on a line of its own); the line's text when no single tag is to blame."""
    lines = source.splitlines()
    line = lines[lineno - 1] if 0 < lineno <= len(lines) else source
    tags = tags_of(line)
    for tag in tags:
        if environment.tag_refused(tag) is not None:
            return shown_tag(tag)
    if tags:
        return shown_tag(tags[0])
    return shown_tag(line)


def tag_near(source: str, lineno: int | None) -> str:
    """The first tag on a line of the template source (for a syntax error's message)."""
    lines = source.splitlines()
    if lineno is None or not 0 < lineno <= len(lines):
        return ""
    tags = tags_of(lines[lineno - 1])
    return shown_tag(tags[0] if tags else lines[lineno - 1])


_PARAGRAPH_END_RE = re.compile(r"</w:p>")
_DELIMITER_RE = re.compile(r"\{\{|\}\}|\{%|%\}|\{#|#\}")
_CLOSER = {"{{": "}}", "{%": "%}", "{#": "#}"}


def unclosed_tag(xml: str) -> tuple[str, str] | None:
    """(the tag as typed, the closer it lacks) for the first tag of a part's XML that is
    opened and not closed within its paragraph, such as `{{ date }`. docxtpl's clean-up would
    otherwise join it to the next tag and drop what lies between, and the officer would hear
    of a missing variable instead of the typo."""
    for paragraph in _PARAGRAPH_END_RE.split(xml):
        text = _XML_RE.sub("", paragraph)
        opened: tuple[int, str] | None = None
        for match in _DELIMITER_RE.finditer(text):
            token = match.group(0)
            if token in _CLOSER:
                if opened is not None:
                    break
                opened = (match.start(), token)
            elif opened is not None:
                if _CLOSER[opened[1]] != token:
                    break
                opened = None
        if opened is not None:
            start, token = opened
            rest = text[start:]
            following = _DELIMITER_RE.search(rest, 2)
            shown = rest[: following.start()] if following else rest
            return shown_tag(shown.rstrip()), _CLOSER[token]
    return None


_BLOCK_RE = re.compile(r"^\{%[-+]?\s*(?:(?:p|r|tr|tc)\s+)?(\w+)")
_BLOCKS = frozenset({"if", "for", "macro", "call", "filter", "block", "with", "raw", "set"})


def unclosed_block(source: str) -> tuple[str, str] | None:
    """(the opening tag, its end tag) of the innermost block the template never closes."""
    opened: list[tuple[str, str]] = []
    for tag in tags_of(source):
        match = _BLOCK_RE.match(tag)
        if match is None:
            continue
        keyword = match.group(1)
        if keyword in _BLOCKS and not (keyword == "set" and "=" in tag):
            opened.append((tag, keyword))
        elif keyword.startswith("end") and opened and opened[-1][1] == keyword[3:]:
            opened.pop()
    if not opened:
        return None
    tag, keyword = opened[-1]
    return shown_tag(tag), "{% end" + keyword + " %}"
