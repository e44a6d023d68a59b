"""Export speed: a 60-section response with 150 positions (300 paragraphs of about 80 words).

- docx export in process (compose, docxtpl render, body, save with the atomic write) next to
  the floor: the fastest plain python-docx build of the same text with the same template and
  styles, style ids resolved once, saved to a file; and, for scale, python-docx's naive
  `add_paragraph(style=name)` / `add_heading` build.
- Markdown (compose + render), the TUI's live preview: goal well under 20 ms.
- The whole `workbench export` process, where the heavy imports are paid.
"""

from __future__ import annotations

import io
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from tests.bench import Row, interleaved_ms, median_ms
from workbench import paths
from workbench.core.model import Kind, Organisation, Position, Remiss, Response, Section, Signatory
from workbench.document.compose import Heading, ListBlock, Paragraph, Signatures, compose
from workbench.document.docx import STYLE_NAMES, W_NAMESPACE, build_docx, render_docx
from workbench.document.files import write_atomic
from workbench.document.markdown import render_markdown

SECTIONS, POSITIONS = 60, 150
WORDS = [
    "regionen",
    "kommunerna",
    "strategin",
    "samverkan",
    "forskning",
    "innovation",
    "näringslivet",
    "behov",
    "roll",
    "utveckling",
    "kompetens",
    "infrastruktur",
    "hälsodata",
    "vården",
    "tydliggöras",
    "genomförande",
]


def sentence(seed: int, words: int) -> str:
    picked = [WORDS[(seed * 7 + i * 3) % len(WORDS)] for i in range(words)]
    return " ".join(picked).capitalize() + "."


def big_case() -> tuple[Response, Remiss, Organisation]:
    sections = [
        Section(f"{1 + i // 6}.{1 + i % 6}", f"Avsnitt {i} om {WORDS[i % len(WORDS)]}", 2, id=i + 1)
        for i in range(SECTIONS)
    ]
    remiss = Remiss("Stor remiss", "Region Stockholm", "RS 2026-0001", sections=sections, id=1)
    organisation = Organisation(
        "Stockholms stad",
        subject="Stockholms stad",
        city="Stockholm",
        signatories=[Signatory("Karin Wanngård", "Kommunstyrelsens ordförande")],
    )
    stances = ["tillstyrker", "anser", "foreslar", "understryker", "fritext"]
    positions = []
    for i in range(POSITIONS):
        text = f"att {sentence(i, 40)}\n\n{sentence(i + 1, 80)}"
        positions.append(
            Position(
                stances[i % len(stances)],
                text,
                section_id=1 + (i * SECTIONS) // POSITIONS,
                in_summary=i % 30 == 0,
                order=i,
                id=i + 1,
            )
        )
    response = Response(
        remiss_id=1,
        organisation_id=1,
        kind=Kind.REMISSVAR,
        positions=positions,
        section_headings=True,
    )
    return response, remiss, organisation


def _blocks_as_paragraphs(document, style: dict[str, str]):
    """(style id, [(text, run style id)]) per paragraph of the document."""
    for block in document.blocks:
        if isinstance(block, Heading):
            yield style[f"heading{block.level}"], [(block.text, None)]
        elif isinstance(block, Paragraph):
            yield style["body"], [(r.text, style["lead"] if r.lead else None) for r in block.runs]
        elif isinstance(block, ListBlock):
            role = "numbered" if block.numbered else "bullets"
            for item in block.items:
                yield style[role], [(r.text, None) for r in item]
        elif isinstance(block, Signatures):
            for s in block.signatories:
                yield style["signature"], [(s.name, None)]


def plain_python_docx(document, target, template: Path, one_parse: bool = True) -> None:
    """The floor: python-docx opens the same template and the same paragraphs and runs are
    put in its body with the style ids resolved once, no Jinja; then saved the same way.
    `one_parse` builds the body as one XML string parsed once (the fastest way found);
    otherwise element by element through python-docx's element classes."""
    import docx
    from docx.oxml.ns import qn
    from docx.oxml.parser import parse_xml

    word = docx.Document(str(template))
    ids = {s.name.casefold(): s.style_id for s in word.styles}
    style = {role: ids[name.casefold()] for role, name in STYLE_NAMES.items()}
    body = word.element.body
    placeholder = next(body.iterchildren(qn("w:p")))
    if one_parse:
        parts = [f'<w:body xmlns:w="{W_NAMESPACE}">']
        for style_id, runs in _blocks_as_paragraphs(document, style):
            parts.append(f'<w:p><w:pPr><w:pStyle w:val="{style_id}"/></w:pPr>')
            for text, run_style in runs:
                rpr = f'<w:rPr><w:rStyle w:val="{run_style}"/></w:rPr>' if run_style else ""
                text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                parts.append(f'<w:r>{rpr}<w:t xml:space="preserve">{text}</w:t></w:r>')
            parts.append("</w:p>")
        parts.append("</w:body>")
        elements = list(parse_xml("".join(parts)))
    else:
        w_p, w_ppr, w_pstyle, w_val = qn("w:p"), qn("w:pPr"), qn("w:pStyle"), qn("w:val")
        w_r, w_rpr, w_rstyle, w_t = qn("w:r"), qn("w:rPr"), qn("w:rStyle"), qn("w:t")
        elements = []
        for style_id, runs in _blocks_as_paragraphs(document, style):
            p = body.makeelement(w_p, {})
            ppr = p.makeelement(w_ppr, {})
            ppr.append(ppr.makeelement(w_pstyle, {w_val: style_id}))
            p.append(ppr)
            for text, run_style in runs:
                r = p.makeelement(w_r, {})
                if run_style:
                    rpr = r.makeelement(w_rpr, {})
                    rpr.append(rpr.makeelement(w_rstyle, {w_val: run_style}))
                    r.append(rpr)
                t = r.makeelement(w_t, {})
                t.text = text
                r.append(t)
                p.append(r)
            elements.append(p)
    index = body.index(placeholder)
    body.remove(placeholder)
    body[index:index] = elements
    if isinstance(target, Path):
        write_atomic(target, word.save)  # the same durable write as the export
    else:
        word.save(target)


def naive_python_docx(document, target: Path, template: Path) -> None:
    """For scale: python-docx looking every style up by name on every call."""
    import docx

    word = docx.Document(str(template))
    for block in document.blocks:
        if isinstance(block, Heading):
            word.add_heading(block.text, block.level)
        elif isinstance(block, Paragraph):
            paragraph = word.add_paragraph(style="Normal")
            for run in block.runs:
                paragraph.add_run(run.text, style="Ställningstagande" if run.lead else None)
        elif isinstance(block, ListBlock):
            for item in block.items:
                word.add_paragraph("".join(r.text for r in item), style="List Bullet")
    word.save(str(target))


def process_ms(repeat: int = 5) -> tuple[float, float]:
    """Median wall time and median CPU time (user + system) of the whole process: on these
    machines the wall time is mostly waiting for the disk (fsync, SQLite's checkpoint)."""
    from workbench.store import open_store
    from workbench.usecases.demo import load_demo

    with tempfile.TemporaryDirectory() as folder:
        db = Path(folder) / "bench.db"
        with open_store(db) as store:
            load_demo(store)
        command = [str(Path(sys.executable).parent / "workbench"), "--db", str(db), "export"]
        wall, cpu = [], []
        for i in range(repeat + 1):
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            start = time.perf_counter()
            subprocess.run(
                [*command, "4", "-q", "--out", str(Path(folder) / f"x{i}.docx")],
                check=True,
                capture_output=True,
            )
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            if i:  # the first run warms the file cache
                wall.append((time.perf_counter() - start) * 1000)
                used = after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime
                cpu.append(used * 1000)
        return statistics.median(wall), statistics.median(cpu)


def run() -> list[Row]:
    response, remiss, organisation = big_case()
    document = compose(response, remiss, organisation)
    template = paths.templates_dir() / "remissvar.docx"
    paragraphs = sum(len(b.items) if isinstance(b, ListBlock) else 1 for b in document.blocks)
    size = f"{SECTIONS} sections, {POSITIONS} positions, {paragraphs} paragraphs"
    rows = []
    with tempfile.TemporaryDirectory() as folder:
        ours_target = Path(folder) / "ours.docx"
        floor_target = Path(folder) / "floor.docx"
        ours_ms, floor_ms = interleaved_ms(
            lambda: render_docx(document, ours_target),
            lambda: plain_python_docx(document, floor_target, template),
            repeat=21,
        )
        rows.append(
            Row(
                "docx render to file",
                ours_ms,
                "python-docx, ids once, one parse",
                floor_ms,
                goal="< 120 ms, < 1.5x floor",
                note=f"{size}; both with the atomic write (fsync)",
            )
        )
        memory_ms, memory_floor_ms = interleaved_ms(
            lambda: build_docx(document).save(io.BytesIO()),
            lambda: plain_python_docx(document, io.BytesIO(), template),
            repeat=21,
        )
        rows.append(
            Row(
                "docx render in memory",
                memory_ms,
                "python-docx, ids once, one parse",
                memory_floor_ms,
                goal="< 1.5x floor",
                note="no file: docxtpl's share alone",
            )
        )
        export_ms, _ = interleaved_ms(
            lambda: render_docx(compose(response, remiss, organisation), ours_target),
            lambda: None,
            repeat=21,
        )
        rows.append(
            Row(
                "docx export in process (compose + render + write)",
                export_ms,
                "python-docx, ids once, one parse",
                floor_ms,
                goal="< 120 ms",
            )
        )
        elementwise_ms, one_parse_ms = interleaved_ms(
            lambda: plain_python_docx(document, floor_target, template, one_parse=False),
            lambda: plain_python_docx(document, floor_target, template),
            repeat=11,
        )
        rows.append(
            Row(
                "python-docx, ids once, element by element",
                elementwise_ms,
                "python-docx, ids once, one parse",
                one_parse_ms,
                note="the other plain build",
            )
        )
        naive_ms = median_ms(
            lambda: naive_python_docx(document, Path(folder) / "naive.docx", template), repeat=7
        )
        rows.append(
            Row(
                "naive python-docx (style looked up by name per call)",
                naive_ms,
                "python-docx, ids once, one parse",
                floor_ms,
                note="for scale",
            )
        )
    rows.append(
        Row(
            "Markdown preview (compose + render)",
            median_ms(lambda: render_markdown(compose(response, remiss, organisation)), 51),
            goal="< 20 ms",
        )
    )
    rows.append(
        Row("compose alone", median_ms(lambda: compose(response, remiss, organisation), 51))
    )
    wall_ms, cpu_ms = process_ms()
    rows.append(
        Row(
            "workbench export (whole process, demo remissvar)",
            wall_ms,
            goal="reported",
            note=f"CPU {cpu_ms:.0f} ms; the rest is disk waits",
        )
    )
    return rows
