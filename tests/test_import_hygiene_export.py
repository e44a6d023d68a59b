"""The export modules stay light: no textual, and no Word or PDF library until a file is
written (the TUI imports the export screen, the CLI the export command, at start)."""

from __future__ import annotations

from tests.test_import_hygiene import imported_after

EXPORT_MODULES = [
    "workbench.document.compose",
    "workbench.document.markdown",
    "workbench.document.docx",
    "workbench.document.pdf",
    "workbench.document.sidecar",
    "workbench.document.files",
    "workbench.usecases.export",
]


def test_export_modules_import_neither_textual_nor_heavy_libraries():
    loaded = imported_after(EXPORT_MODULES)
    assert not {m for m in loaded if m == "textual" or m.startswith("textual.")}
    assert not {"docx", "docxtpl", "lxml", "jinja2", "pypdf"} & loaded


def test_the_export_screen_and_command_load_no_heavy_library():
    loaded = imported_after(["workbench.tui.screens.export", "workbench.cli.export"])
    assert not {"docx", "docxtpl", "lxml", "jinja2", "pypdf"} & loaded
