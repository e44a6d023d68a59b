"""Shared fixtures. Every test gets its own data directory: nothing touches the user's files."""

from __future__ import annotations

import fcntl
import os
from collections.abc import Callable
from pathlib import Path

import pytest

FIXTURES = Path(__file__).parent / "fixtures"
SEEDS = FIXTURES / "seeds"


@pytest.fixture(autouse=True)
def isolated_home(tmp_path, monkeypatch):
    """Point the data directory at a temporary folder and clear store overrides."""
    home = tmp_path / "home"
    monkeypatch.setenv("WORKBENCH_HOME", str(home))
    monkeypatch.delenv("WORKBENCH_DB", raising=False)
    return home


@pytest.fixture
def store():
    from workbench.store import open_store

    with open_store(":memory:") as opened:
        yield opened


@pytest.fixture
def db_path(tmp_path) -> Path:
    return tmp_path / "store.db"


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory) -> Path:
    """A store file holding the demo, made once per session and copied by `demo_db`."""
    from workbench.store import open_store
    from workbench.usecases.demo import load_demo

    path = tmp_path_factory.mktemp("demo") / "demo.db"
    with open_store(path) as opened:
        load_demo(opened)
    return path


def made_once(tmp_path_factory, name: str, make: Callable[[Path], Path]) -> Path:
    """What `make(folder)` makes (and returns, a path in the folder), made once for the whole
    run: pytest-xdist's workers share it (the first makes it under a lock, the others wait
    for it and take it) instead of each making its own. Use it read-only."""
    base = tmp_path_factory.getbasetemp()
    if os.environ.get("PYTEST_XDIST_WORKER"):
        base = base.parent  # the run's folder, above each worker's own
    folder = base / name
    with open(base / f"{name}.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not (folder / "made").exists():
            folder.mkdir(exist_ok=True)
            made = make(folder)
            (folder / "made").write_text(made.name)
    return folder / (folder / "made").read_text()


def copy_store(template: Path, target: Path) -> Path:
    """A copy of a store file (SQLite's backup), for the test to change."""
    from workbench.store import open_store

    with open_store(template) as source:
        source.backup(target)
    return target


@pytest.fixture
def demo_db(tmp_path, demo_template) -> Path:
    return copy_store(demo_template, tmp_path / "demo.db")


@pytest.fixture
def demo_store(demo_db):
    from workbench.store import open_store

    with open_store(demo_db) as opened:
        yield opened


@pytest.fixture
def terminal(tmp_path):
    """A tmux server of the test's own, ended (with anything it started) afterwards."""
    import os
    import shutil

    from tests.terminal import Terminal

    assert shutil.which("tmux"), "tmux is needed for the end-to-end tests (.ci/run installs it)"
    term = Terminal(f"wb-e2e-{os.getpid()}-{tmp_path.name}", tmp_path / "home")
    yield term
    term.clean_up()


# The fidelity ratios (tests/test_export_fidelity.py) are reported after every run.
FIDELITY_KEY = pytest.StashKey[list]()


def pytest_terminal_summary(terminalreporter, exitstatus, config):
    ratios = config.stash.get(FIDELITY_KEY, [])
    if ratios:
        terminalreporter.section("fidelity to the seeds (difflib ratio, goal >= 0.9)")
        for case, ratio in ratios:
            terminalreporter.write_line(f"{ratio:.4f}  {case}")
