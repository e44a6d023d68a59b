"""The stylesheets hold no selector twice and no rule for an id or class no widget has."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import workbench

TUI = Path(workbench.__file__).parent / "tui"
SHEETS = [TUI / "app.tcss", TUI / "cases.tcss"]
# Classes Textual gives its own widgets' parts.
TEXTUAL_CLASSES = {"tree--cursor", "datatable--fixed"}


def selectors() -> list[str]:
    found = []
    for sheet in SHEETS:
        css = re.sub(r"/\*.*?\*/", "", sheet.read_text(encoding="utf-8"), flags=re.S)
        for head in re.findall(r"([^{};]+)\{", css):
            found += [selector.strip() for selector in head.split(",")]
    return found


def test_no_selector_is_defined_twice():
    twice = [selector for selector, count in Counter(selectors()).items() if count > 1]
    assert twice == []


def test_every_id_and_class_styled_is_given_to_a_widget():
    source = "\n".join(path.read_text(encoding="utf-8") for path in TUI.rglob("*.py"))
    dead = []
    for selector in selectors():
        for name in re.findall(r"[#.]([\w-]+)", selector):
            if name in TEXTUAL_CLASSES:
                continue
            # An id or class appears quoted in the source, or among other classes.
            if not re.search(rf"[\"' ]{re.escape(name)}[\"' ]", source):
                dead.append(selector)
    assert dead == []
