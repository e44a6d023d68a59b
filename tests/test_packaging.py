"""A user may `pip install` the project: the wheel must carry db/ and templates/.

The wheel is built with the build backend already installed (`--no-build-isolation`), so the
test needs no network."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_wheel_ships_migrations_and_templates(tmp_path):
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "--quiet",
            "-w",
            str(tmp_path),
            str(ROOT),
        ],
        check=True,
        capture_output=True,
        timeout=300,
    )
    (wheel,) = tmp_path.glob("remiss_workbench-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    migrations = sorted(p.name for p in (ROOT / "db").glob("*.sql"))
    assert migrations
    for name in migrations:
        assert f"workbench/db/{name}" in names
    for path in (ROOT / "templates").iterdir():
        if path.is_file():
            assert f"workbench/templates/{path.name}" in names
    assert "workbench/data/remiss_rs_2019_0751.toml" in names
    # Språkgranskning's data: the words to avoid and the dictionary's supplement.
    assert {"workbench/language/data/avoid.toml", "workbench/language/data/words.txt"} <= names
