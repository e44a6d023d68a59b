"""The pure modules never import textual (STYLE.md, habit 1), nor the heavy Word/PDF libraries
at import time; checked in a fresh interpreter so nothing else has imported them first."""

from __future__ import annotations

import subprocess
import sys

PURE = [
    "workbench.core.model",
    "workbench.core.stances",
    "workbench.core.markup",
    "workbench.store",
    "workbench.usecases.demo",
    "workbench.search.stemming",
    "workbench.search.query",
    "workbench.search.rank",
]
OPTIONAL = [
    "workbench.ingest",
    "workbench.document.compose",
    "workbench.document",
    "workbench.compilation.matrix",
    "workbench.compilation.docx",
    "workbench.answer",
    "workbench.usecases.answer_import",
    "workbench.usecases.compilation_export",
]


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
    loaded = imported_after(
        [
            "workbench.cli",
            "workbench.tui.app",
            "workbench.cli.compilation",
            "workbench.compilation.matrix",
        ]
    )
    heavy = {"docx", "docxtpl", "pypdf", "lxml"}
    assert not heavy & loaded


def test_opening_the_tui_loads_no_command_line_machinery():
    """`workbench` without a command goes straight to the TUI: no command modules are loaded.
    (click itself still comes in through sqlite-utils.)"""
    loaded = imported_after(["workbench.cli", "workbench.tui.app", "workbench.store"])
    assert not {m for m in loaded if m.startswith("workbench.cli.")}


def test_only_a_bare_start_or_db_takes_the_fast_path(tmp_path):
    from workbench import paths
    from workbench.cli import tui_only

    assert tui_only([]) == paths.default_db_path()
    assert tui_only(["--db", str(tmp_path / "x.db")]) == tmp_path / "x.db"
    assert tui_only([f"--db={tmp_path / 'y.db'}"]) == tmp_path / "y.db"
    for args in (["demo"], ["--db", "x.db", "demo"], ["--help"], ["--db"], ["--db", "--help"]):
        assert tui_only(args) is None
