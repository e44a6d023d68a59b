"""A Word template is input from outside: copies of templates/remissvar.docx holding known
Jinja sandbox escapes are refused by `workbench export` with one Swedish line that names the
template and the tag, exit 1, no file written and no side effect (the file the payload would
touch does not appear). Each export runs in a process of its own with a 1 GB address-space
limit and a generous hang guard (not a speed assertion): `range(10**9)` or `'x' * 10**9`
must fail on the rule, not on the machine."""

from __future__ import annotations

import io
import os
import resource
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from tests.docx_helpers import open_docx
from workbench.document.template_sandbox import shown_tag, tags_of

ROOT = Path(__file__).resolve().parents[1]
TEMPLATE = ROOT / "templates" / "remissvar.docx"
WORKBENCH = Path(sys.executable).with_name("workbench")
SECONDS = 120.0  # hang guard
ADDRESS_SPACE = 1 << 30
HEADER = "word/header1.xml"
BODY = "word/document.xml"
PROPERTIES = "docProps/core.xml"


def limit_memory() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (ADDRESS_SPACE, ADDRESS_SPACE))


def run_cli(home: Path, *args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "WORKBENCH_HOME": str(home)}
    env.pop("WORKBENCH_DB", None)
    return subprocess.run(
        [str(WORKBENCH), *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=SECONDS,
        preexec_fn=limit_memory,
        check=False,
    )


def xml_text(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def hostile_template(part: str, old: str, new: str) -> bytes:
    """templates/remissvar.docx with `old` replaced by `new` (raw XML) in one part."""
    out = io.BytesIO()
    with (
        zipfile.ZipFile(TEMPLATE) as source,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target,
    ):
        for info in source.infolist():
            data = source.read(info)
            if info.filename == part:
                text = data.decode("utf-8")
                assert old in text, (part, old)
                data = text.replace(old, new, 1).encode("utf-8")
            target.writestr(info, data)
    return out.getvalue()


def with_tag(part: str, tag: str) -> bytes:
    """The template with `tag` typed in Word beside a field it already holds."""
    anchor = {HEADER: "{{ organisation }}", BODY: "{{ body }}"}.get(part)
    if anchor is not None:
        return hostile_template(part, anchor, anchor + xml_text(tag))
    return hostile_template(part, "<dc:title></dc:title>", f"<dc:title>{xml_text(tag)}</dc:title>")


def escapes(marker: Path) -> list[tuple[str, str, str]]:
    """(case, part, tag): the probe's exploit and the known ways out of Jinja's sandbox."""
    touch = f"touch {marker}"
    return [
        (
            "subclasses",
            HEADER,
            "{{ organisation.__class__.__mro__[1].__subclasses__() }}",
        ),
        (
            "cycler-globals-os",
            HEADER,
            "{{ cycler.__init__.__globals__.os.popen('" + touch + "').read() }}",
        ),
        ("template-reference", BODY, "{{ self._TemplateReference__context }}"),
        (
            "lipsum-globals",
            HEADER,
            "{{ lipsum.__globals__['os'].popen('" + touch + "').read() }}",
        ),
        ("empty-string-class", HEADER, "{{ ''.__class__ }}"),
        (
            "format-method",
            HEADER,
            "{{ '{0.__class__.__init__.__globals__}'.format(organisation) }}",
        ),
        ("format-filter", HEADER, "{{ '%999999999s'|format(organisation) }}"),
        ("attr-filter", HEADER, "{{ organisation|attr('__class__') }}"),
        ("item-access", HEADER, "{{ organisation['__class__'] }}"),
        ("range-size", BODY, "{{ range(10**9)|list }}"),
        ("repeat-size", HEADER, "{{ organisation * 10**9 }}"),
        ("center-size", HEADER, "{{ organisation|center(1000000000) }}"),
        (
            "nested-loops",
            HEADER,
            "{% for a in organisation %}{% for b in organisation %}{{ b }}{% endfor %}{% endfor %}",
        ),
        ("set-doubling", HEADER, "{% set organisation = organisation ~ organisation %}"),
        ("include", HEADER, "{% include '/etc/passwd' %}"),
        ("namespace", HEADER, "{{ namespace(x=1) }}"),
        ("properties-title", PROPERTIES, "{{ ''.__class__.__mro__ }}"),
    ]


ESCAPE_CASES = [case for case, _, _ in escapes(Path("x"))]


@pytest.mark.parametrize("case", ESCAPE_CASES)
def test_a_template_escaping_the_sandbox_is_refused_and_runs_nothing(demo_db, tmp_path, case):
    home = tmp_path / "home"
    marker = tmp_path / "marker"
    _, part, tag = next(e for e in escapes(marker) if e[0] == case)
    template = home / "templates" / "remissvar.docx"
    template.parent.mkdir(parents=True)
    template.write_bytes(with_tag(part, tag))
    out = tmp_path / "ut"
    out.mkdir()

    done = run_cli(
        home, "--db", str(demo_db), "export", "1", "--kind", "remissvar", "--out", str(out), "-q"
    )

    assert done.returncode == 1, done.stderr
    assert done.stdout == ""
    assert done.stderr.count("\n") == 1, done.stderr
    assert done.stderr.startswith(f"fel: Mallen {template} "), done.stderr
    assert "inte" in done.stderr and "Traceback" not in done.stderr
    if part != PROPERTIES:
        assert f"taggen {shown_tag(tags_of(tag)[0])} (" in done.stderr, done.stderr
    assert list(out.iterdir()) == []
    assert not marker.exists()


def test_an_unclosed_tag_is_a_syntax_error_naming_the_tag(demo_db, tmp_path):
    home = tmp_path / "home"
    template = home / "templates" / "remissvar.docx"
    template.parent.mkdir(parents=True)
    template.write_bytes(hostile_template(HEADER, "{{ date }}", "{{ date }"))
    out = tmp_path / "ut"
    out.mkdir()

    done = run_cli(
        home, "--db", str(demo_db), "export", "1", "--kind", "remissvar", "--out", str(out)
    )

    assert done.returncode == 1
    assert done.stderr == (
        f"fel: Mallen {template} har ett fel i taggen {{{{ date }}: den stängs inte med }}}}."
        " Rätta taggen i Word.\n"
    )
    assert list(out.iterdir()) == []


def test_an_if_without_endif_names_the_tag(tmp_path):
    from workbench.document.docx import TemplateError, check_template

    template = tmp_path / "remissvar.docx"
    template.write_bytes(hostile_template(HEADER, "{%p endif %}", ""))
    with pytest.raises(
        TemplateError,
        match=r"har ett fel i taggen \{% if dnr %\}: den avslutas aldrig med \{% endif %\}\.",
    ):
        check_template(template)


def test_a_template_that_is_no_word_file_is_one_swedish_line(demo_db, tmp_path):
    home = tmp_path / "home"
    template = home / "templates" / "remissvar.docx"
    template.parent.mkdir(parents=True)
    template.write_text("inte en Word-fil\n", encoding="utf-8")
    out = tmp_path / "ut"
    out.mkdir()

    done = run_cli(
        home, "--db", str(demo_db), "export", "1", "--kind", "remissvar", "--out", str(out)
    )

    assert done.returncode == 1
    assert done.stderr == (
        f"fel: Mallen {template} är ingen Word-fil (.docx) som går att läsa;"
        " spara den som .docx i Word och försök igen.\n"
    )
    assert list(out.iterdir()) == []


def test_the_allowed_tags_still_fill_in(demo_store, tmp_path):
    """Fields, `~`, `if`/`else`, `is defined` and the plain filters work as before."""
    from workbench.document.docx import render_docx
    from workbench.usecases.export import compose_case, load_case

    template = tmp_path / "remissvar.docx"
    template.write_bytes(
        hostile_template(
            HEADER,
            "{{ organisation }}",
            xml_text(
                "{{ organisation|upper }} – {{ sender ~ ' / ' ~ kind|lower }}"
                "{% if title is defined and dnr %} ja{% else %} nej{% endif %}"
                " {{ sender_dnr|default('–')|trim }}"
            ),
        )
    )
    case = load_case(demo_store, 1)
    document = compose_case(case, "remissvar")
    target = render_docx(document, tmp_path / "ut.docx", template)

    header = open_docx(target).sections[0].header
    text = " ".join(p.text for p in header.paragraphs)
    assert case.organisation.name.upper() in text
    assert f"{document.sender} / remissvar" in text
    assert " nej " in text  # the demo's Huddinge answer has no dnr of ours yet
