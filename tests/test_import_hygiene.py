"""The layers keep to their imports (docs/ARCHITECTURE.md): the pure packages import neither
textual, nor the store, nor sqlite, nor the heavy Word/PDF libraries at import time; the store
and the use cases import no textual. Checked in a fresh interpreter so nothing else has imported
them first, over every module of each package, so a new module is checked without a list."""

from __future__ import annotations

import pkgutil
import subprocess
import sys
from pathlib import Path

import workbench

PURE = [
    "workbench.core",
    "workbench.document",
    "workbench.review",
    "workbench.search",
    "workbench.ingest",
    "workbench.answer",
    "workbench.compilation",
    "workbench.language",
]
# Open the store, but are no front end.
BELOW_THE_FRONT_ENDS = ["workbench.store", "workbench.usecases"]
FRONT_ENDS = ["workbench.cli", "workbench.tui"]
HEAVY = {"docx", "docxtpl", "pypdf", "lxml", "jinja2"}


def modules_of(packages: list[str]) -> list[str]:
    """Each package and every module under it, found on disk."""
    root = Path(workbench.__file__).parent
    found = []
    for package in packages:
        found.append(package)
        path = root.joinpath(*package.split(".")[1:])
        found += [m.name for m in pkgutil.walk_packages([str(path)], package + ".")]
    return found


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


def under(loaded: set[str], *roots: str) -> set[str]:
    return {m for m in loaded if any(m == r or m.startswith(r + ".") for r in roots)}


def test_every_package_has_a_layer():
    root = Path(workbench.__file__).parent
    packages = {f"workbench.{p.parent.name}" for p in root.glob("*/__init__.py")}
    assert packages == set(PURE + BELOW_THE_FRONT_ENDS + FRONT_ENDS)


def test_pure_packages_import_neither_textual_nor_the_store_nor_sqlite():
    modules = modules_of(PURE)
    assert "workbench.core.model" in modules
    loaded = imported_after(modules)
    assert not under(loaded, "textual", "sqlite3", "_sqlite3", "sqlite_utils")
    assert not under(loaded, "workbench.store", "workbench.usecases")
    assert not under(loaded, "workbench.cli", "workbench.tui")


def test_pure_packages_load_no_word_or_pdf_library_until_a_file_is_read():
    assert not HEAVY & imported_after(modules_of(PURE))


def test_the_store_and_the_use_cases_import_no_front_end():
    loaded = imported_after(modules_of(BELOW_THE_FRONT_ENDS))
    assert not under(loaded, "textual", "workbench.cli", "workbench.tui")


def test_heavy_libraries_are_not_imported_by_the_cli_or_the_app_module():
    loaded = imported_after(
        [
            "workbench.cli",
            "workbench.tui.app",
            "workbench.cli.compilation",
            "workbench.compilation.matrix",
        ]
    )
    assert not HEAVY & loaded


def test_opening_the_tui_loads_no_command_line_machinery():
    """`workbench` without a command goes straight to the TUI: no command modules are loaded.
    (click itself still comes in through sqlite-utils.)"""
    loaded = imported_after(["workbench.cli", "workbench.tui.app", "workbench.store"])
    assert not {m for m in loaded if m.startswith("workbench.cli.")}


def test_the_first_paint_loads_neither_the_store_nor_the_model():
    """What the start imports before Ärenden's frame is on screen (the store opens after it,
    in a worker): no sqlite-utils (click, dateutil, pluggy), no store, no dataclasses."""
    loaded = imported_after(["workbench.cli", "workbench.tui.app", "workbench.tui.screens.cases"])
    early = {"sqlite_utils", "workbench.store", "workbench.core.model", "workbench.review"}
    assert not under(loaded, *early)


def test_only_a_bare_start_or_db_takes_the_fast_path(tmp_path):
    from workbench import paths
    from workbench.cli import tui_only

    assert tui_only([]) == paths.default_db_path()
    assert tui_only(["--db", str(tmp_path / "x.db")]) == tmp_path / "x.db"
    assert tui_only([f"--db={tmp_path / 'y.db'}"]) == tmp_path / "y.db"
    for args in (["demo"], ["--db", "x.db", "demo"], ["--help"], ["--db"], ["--db", "--help"]):
        assert tui_only(args) is None
