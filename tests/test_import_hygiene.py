"""The pure modules never import textual (STYLE.md, habit 1), nor the heavy Word/PDF libraries
at import time; checked in a fresh interpreter so nothing else has imported them first."""

from __future__ import annotations

import subprocess
import sys

PURE = [
    "workbench.model",
    "workbench.stances",
    "workbench.markup",
    "workbench.store",
    "workbench.demo",
    "workbench.stemming",
    "workbench.search_query",
    "workbench.search_rank",
]
OPTIONAL = ["workbench.ingest", "workbench.compose", "workbench.render", "workbench.compile"]


def imported_after(modules: list[str]) -> set[str]:
    code = (
        "import importlib, importlib.util, sys\n"
        f"for name in {modules!r}:\n"
        "    if importlib.util.find_spec(name) is not None:\n"
        "        importlib.import_module(name)\n"
        "print('\\n'.join(sys.modules))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return set(done.stdout.split())


def test_pure_modules_do_not_import_textual():
    loaded = imported_after(PURE + OPTIONAL)
    assert not {m for m in loaded if m == "textual" or m.startswith("textual.")}


def test_heavy_libraries_are_not_imported_by_the_cli_or_the_app_module():
    loaded = imported_after(["workbench.cli", "workbench.tui.app"])
    heavy = {"docx", "docxtpl", "pypdf", "lxml"}
    assert not heavy & loaded
