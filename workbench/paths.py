"""Where things live: the user's data directory, the store, the bundled db/ and templates/.

`WORKBENCH_HOME` moves the whole data directory (tests point it at a temporary folder);
`WORKBENCH_DB` or `--db` choose the store file alone.
"""

from __future__ import annotations

import os
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def data_dir() -> Path:
    home = os.environ.get("WORKBENCH_HOME")
    if home:
        return Path(home).expanduser()
    import platformdirs

    return platformdirs.user_data_path("workbench", appauthor=False)


def default_db_path() -> Path:
    env = os.environ.get("WORKBENCH_DB")
    if env:
        return Path(env).expanduser()
    return data_dir() / "workbench.db"


def _bundled(name: str) -> Path:
    # An installed wheel carries db/ and templates/ inside the package (see pyproject.toml);
    # a source checkout has them at the top level beside the package.
    inside = _PACKAGE / name
    return inside if inside.is_dir() else _PACKAGE.parent / name


def migrations_dir() -> Path:
    return _bundled("db")


def templates_dir() -> Path:
    return _bundled("templates")


def user_templates_dir() -> Path:
    return data_dir() / "templates"
