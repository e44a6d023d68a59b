"""Shared fixtures. Every test gets its own data directory: nothing touches the user's files."""

from __future__ import annotations

import fcntl
import gc
import os
import shutil
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

FIXTURES = Path(__file__).parent / "fixtures"
SEEDS = FIXTURES / "seeds"

# The cyclic garbage collector took a third of a TUI test's CPU (15 of 50 s over
# test_tui_workspace, test_tui_review and test_answer_stance_rules in one process): every
# full collection walked the whole heap of the worker, ~450,000 objects at the end. So:
# - the objects alive once the tests are collected (modules, classes, test functions) are
#   frozen out of the collections (pytest_collection_finish);
# - the young generations are collected less often (a Textual app makes and drops widgets,
#   strips and caches by the ten thousand; most are freed by their reference count anyway);
# - the Textual cache that kept up to 1,024 dead apps' widget caches alive is emptied after
#   each test (pytest_runtest_teardown).
# Garbage is still collected (a worker stays under ~300 MB); no test waits on a collection.
GC_THRESHOLDS = (10_000, 20, 20)


def pytest_configure(config):
    gc.set_threshold(*GC_THRESHOLDS)


def pytest_collection_finish(session):
    gc.collect()
    gc.freeze()


def pytest_runtest_teardown(item, nextitem):
    # StylesCache.get_inner_outer is an lru_cache over a method, so its keys hold the
    # StylesCache of each widget drawn (and every strip it cached) until 1,024 newer ones
    # push them out: in a worker that runs a hundred apps, ~200,000 objects that every full
    # collection walks. Emptying it only makes the next app compute two styles again.
    styles_cache = sys.modules.get("textual._styles_cache")
    if styles_cache is not None:
        styles_cache.StylesCache.get_inner_outer.cache_clear()


@pytest.fixture(autouse=True)
def isolated_home(tmp_path, monkeypatch):
    """Point the data directory at a temporary folder and clear store overrides."""
    home = tmp_path / "home"
    monkeypatch.setenv("WORKBENCH_HOME", str(home))
    monkeypatch.delenv("WORKBENCH_DB", raising=False)
    return home


@pytest.fixture(autouse=True)
def dictionary_on_need(monkeypatch):
    """Arbetsyta loads the dictionary at its first need only (Alt+S, Alt+L), not after two
    quiet seconds: else a test that lasted that long (by the machine's load) had it load in
    the middle, ~0.5 s CPU in a thread and an autosaver flush at a moment of its own, and
    marks on screen or not. The tests of Språkgranskning load it at once (0)."""
    monkeypatch.setattr("workbench.tui.screens.language.LOAD_AFTER_QUIET", None)


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
    """A store file holding the demo, made once per session and copied by `demo_db`: one
    file (SQLite's backup of the loaded store, journal_mode DELETE), closed, never written."""
    from workbench.store import open_store
    from workbench.usecases.demo import load_demo

    folder = tmp_path_factory.mktemp("demo")
    with open_store(folder / "loaded.db") as opened:
        load_demo(opened)
    # Backed up from the store opened again, as each test's copy was made before (closing
    # the store that loaded the demo brings its search index up to date).
    with open_store(folder / "loaded.db") as opened:
        opened.backup(folder / "demo.db")
    return folder / "demo.db"


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
    """A copy of a store file, for the test to change: its bytes, owner-only as a backup is.
    The template is one closed file that nothing writes (`demo_template`); SQLite's backup
    through an opened store took ~35 ms (10 ms CPU) a copy, for the ~500 tests that take one.
    """
    assert not Path(f"{template}-wal").exists(), f"{template} is open: not a template"
    shutil.copyfile(template, target)
    os.chmod(target, 0o600)
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
