"""The navigation graph reads in one module: every screen the TUI opens (push or switch) is
opened by workbench/tui/navigation.py, and no other module imports a screen to open it."""

from __future__ import annotations

import ast
from pathlib import Path

import workbench

TUI = Path(workbench.__file__).parent / "tui"
NAVIGATION = TUI / "navigation.py"
OPENING = {"push_screen", "switch_screen", "push_screen_wait"}


def screen_openings(path: Path) -> list[str]:
    """Each call that opens a screen in `path`, as file:line."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr in OPENING
        ):
            found.append(f"{path.relative_to(TUI.parent)}:{node.lineno}")
    return found


def test_only_the_navigation_module_opens_screens():
    outside = [
        opening
        for path in sorted(TUI.rglob("*.py"))
        if path != NAVIGATION
        for opening in screen_openings(path)
    ]
    assert outside == [], "open these through workbench/tui/navigation.py:\n" + "\n".join(outside)


def test_the_navigation_module_opens_screens():
    assert len(screen_openings(NAVIGATION)) > 20
