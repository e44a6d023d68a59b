"""Bring a branch written against the flat layout onto the layer packages (issue 14).

Run from the root of a worktree after `git merge main`:

    python3 tools/relayout.py && .venv/bin/ruff check --fix -q workbench tests templates docs \
        && .venv/bin/ruff format workbench tests templates docs

It rewrites, in the git-tracked text files, every import, module string (mock.patch,
`python -m`) and path (`workbench/compose.py`) that names a moved module; the ruff pass sorts
the imports again. Running it twice changes nothing. One ambiguity is left to the reader: a bare
"workbench.review" (no attribute after it) is the new package, so it is not rewritten; the old
module's `from workbench.review import x` and `workbench.review.x` are. A one-off: delete it
once every branch has landed on the new layout.
"""

import re
import subprocess
from pathlib import Path

DOTTED = {
    "workbench.render.compilation": "workbench.compilation.docx",
    "workbench.render.docx": "workbench.document.docx",
    "workbench.render.markdown": "workbench.document.markdown",
    "workbench.render.pdf": "workbench.document.pdf",
    "workbench.render.files": "workbench.document.files",
    "workbench.render.sidecar": "workbench.document.sidecar",
    "workbench.render": "workbench.document",
    "workbench.tui.format": "workbench.core.format",
    "workbench.tui.case_fields": "workbench.document.case_fields",
    "workbench.tui.coverage": "workbench.document.coverage",
    "workbench.model": "workbench.core.model",
    "workbench.stances": "workbench.core.stances",
    "workbench.markup": "workbench.core.markup",
    "workbench.compose": "workbench.document.compose",
    "workbench.workflow": "workbench.review.workflow",
    "workbench.snapshot": "workbench.review.snapshot",
    "workbench.diff": "workbench.review.diff",
    "workbench.review_report": "workbench.review.report",
    "workbench.search_query": "workbench.search.query",
    "workbench.search_rank": "workbench.search.rank",
    "workbench.stemming": "workbench.search.stemming",
    "workbench.compile": "workbench.compilation.matrix",
    "workbench.export": "workbench.usecases.export",
    "workbench.answer_import": "workbench.usecases.answer_import",
    "workbench.compilation_export": "workbench.usecases.compilation_export",
    "workbench.demo": "workbench.usecases.demo",
}
NAMES = sorted(DOTTED, key=len, reverse=True)
DOTTED_RE = re.compile(r"(?<![\w.])(" + "|".join(map(re.escape, NAMES)) + r")(?!\w)")
SLASHED = {k.replace(".", "/"): v.replace(".", "/") for k, v in DOTTED.items()}
SLASHED_RE = re.compile(
    r"(?<![\w./])(" + "|".join(map(re.escape, sorted(SLASHED, key=len, reverse=True))) + r")"
    r"(?=\.py\b|/)"
)
# The old module workbench/review.py, now usecases/review.py; workbench.review is also the new
# package, whose own modules are left alone.
PACKAGE_MODULES = r"(?:workflow|snapshot|diff|report|__init__)\b"
OLD_REVIEW_RE = re.compile(
    r"(?<![\w.])workbench\.review(?=(?:\.| import )(?!" + PACKAGE_MODULES + r")\w)"
)
OLD_REVIEW_PATH_RE = re.compile(r"(?<![\w./])workbench/review\.py\b")
FROM_WORKBENCH = {  # from workbench import X
    "markup": "core",
    "model": "core",
    "stances": "core",
    "compose": "document",
    "workflow": "review",
    "snapshot": "review",
    "diff": "review",
    "stemming": "search",
}
FROM_WORKBENCH_RE = re.compile(r"from workbench import (\w+)\b")
FROM_TUI_RE = re.compile(r"from workbench\.tui import (case_fields|coverage|format)\b")
SUFFIXES = {".py", ".md", ".toml", ".sql", ".cfg", ".txt", ".tcss", ""}


def from_workbench(match: re.Match) -> str:
    package = FROM_WORKBENCH.get(match.group(1))
    return f"from workbench.{package} import {match.group(1)}" if package else match.group(0)


def from_tui(match: re.Match) -> str:
    package = "core" if match.group(1) == "format" else "document"
    return f"from workbench.{package} import {match.group(1)}"


def relayout(text: str) -> str:
    text = OLD_REVIEW_RE.sub("workbench.usecases.review", text)
    text = OLD_REVIEW_PATH_RE.sub("workbench/usecases/review.py", text)
    text = DOTTED_RE.sub(lambda m: DOTTED[m.group(1)], text)
    text = SLASHED_RE.sub(lambda m: SLASHED[m.group(1)], text)
    text = FROM_WORKBENCH_RE.sub(from_workbench, text)
    return FROM_TUI_RE.sub(from_tui, text)


def main() -> None:
    listed = subprocess.run(["git", "ls-files"], capture_output=True, text=True, check=True)
    for name in listed.stdout.splitlines():
        path = Path(name)
        skipped = "__snapshots__" in name or "fixtures/" in name or name == "tools/relayout.py"
        if skipped or path.suffix not in SUFFIXES or not path.is_file():
            continue
        try:
            old = path.read_text(encoding="utf-8")
        except UnicodeDecodeError:
            continue
        new = relayout(old)
        if new != old:
            path.write_text(new, encoding="utf-8")
            print(name)


if __name__ == "__main__":
    main()
