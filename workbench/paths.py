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


# Writing files the officer sees: the copy kept of a file replaced, and names that fit.

NAME_MAX = 255  # bytes in one file name on ext4, APFS, NTFS (in UTF-16 units) and most others
PREVIOUS = " (föregående)"


def fit_bytes(text: str, limit: int) -> str:
    """`text` cut to at most `limit` bytes of UTF-8 (the file system's measure), whole
    characters only."""
    data = os.fsencode(text)
    if len(data) <= limit:
        return text
    return os.fsdecode(data[: max(0, limit)].decode("utf-8", "ignore").encode("utf-8"))


def previous_version(target: Path) -> Path:
    """Where a file is kept when a new one replaces it: `NAME (föregående).ext` beside it
    (the name cut so that it fits; an older kept copy is replaced)."""
    target = Path(target)
    suffix = target.suffix
    budget = NAME_MAX - len(os.fsencode(PREVIOUS + suffix))
    return target.with_name(fit_bytes(target.stem, budget).rstrip() + PREVIOUS + suffix)


def keep_previous(target: Path) -> Path | None:
    """Keep the file at `target` as its previous version before a new one is renamed over it;
    return where it is kept, None when there was no file. The kept copy is a hard link (or a
    copy where links are not supported), so `target` itself stays in place until the rename.
    Raises OSError when it cannot be kept."""
    target = Path(target)
    if not target.is_file():
        return None
    previous = previous_version(target)
    previous.unlink(missing_ok=True)
    try:
        os.link(target, previous)
    except OSError:
        import shutil

        shutil.copy2(target, previous)
    return previous


# Temporary files: beside their target, owner-only, and cleaned up after a kill.

TEMP_PREFIX = ".~workbench-"
# A temporary file whose process cannot be told (an older name without the pid, another
# system) is taken as abandoned after this long; one of a live process after a day.
STALE_SECONDS = 600
STALE_LIVE_SECONDS = 86400


def private_temp_file(folder: Path, suffix: str) -> tuple[int, Path]:
    """A new file `.~workbench-<pid>-<random><suffix>.tmp` in `folder`, readable by its owner
    only (0600), open for writing: (descriptor, path). The abandoned temporary files of
    earlier runs in that folder are removed first."""
    import tempfile

    remove_stale_temp_files(folder)
    handle, name = tempfile.mkstemp(
        dir=folder, prefix=f"{TEMP_PREFIX}{os.getpid()}-", suffix=f"{suffix}.tmp"
    )
    return handle, Path(name)


def remove_stale_temp_files(folder: Path) -> list[Path]:
    """Remove this user's `.~workbench-*` files in `folder` whose process is gone (a killed
    export or backup); return them. Files of a process still running are left alone."""
    import time

    removed: list[Path] = []
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return removed
    now = time.time()
    uid = os.getuid() if hasattr(os, "getuid") else None
    for entry in entries:
        if not entry.name.startswith(TEMP_PREFIX):
            continue
        try:
            info = entry.stat(follow_symlinks=False)
        except OSError:
            continue
        if uid is not None and info.st_uid != uid:
            continue
        age = now - info.st_mtime
        pid = _pid_in(entry.name)
        if pid is not None and _running(pid):
            if pid == os.getpid() or age < STALE_LIVE_SECONDS:
                continue
        elif pid is None and age < STALE_SECONDS:
            continue
        try:
            if entry.is_dir(follow_symlinks=False):
                import shutil

                shutil.rmtree(entry.path, ignore_errors=True)
            else:
                os.unlink(entry.path)
            removed.append(Path(entry.path))
        except OSError:
            pass
    return removed


def _pid_in(name: str) -> int | None:
    head = name[len(TEMP_PREFIX) :].split("-", 1)[0]
    return int(head) if head.isdigit() and len(head) < 10 else None


def _running(pid: int) -> bool:
    if os.name == "nt":
        return True  # no cheap check; the age decides
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True
    return True


def make_private_dir(folder: Path) -> None:
    """Create `folder` and every missing level above it readable by the owner only (0700);
    `Path.mkdir(parents=True, mode=…)` gives the mode to the last level alone. Raises
    OSError."""
    folder = Path(folder)
    missing = []
    current = folder
    while not current.exists() and current != current.parent:
        missing.append(current)
        current = current.parent
    for level in reversed(missing):
        try:
            level.mkdir(mode=0o700)
        except FileExistsError:
            continue
        os.chmod(level, 0o700)  # the umask may have taken bits off


def scratch_dir() -> Path:
    """Where work files that hold a document's text live while a PDF is made: under the data
    directory (owner-only), not in the shared /tmp."""
    return data_dir() / "scratch"


def private_scratch_folder(kind: str) -> Path:
    """A new owner-only folder `.~workbench-<pid>-<kind>-…` in scratch_dir(), after removing
    the folders that killed runs left there."""
    import tempfile

    folder = scratch_dir()
    make_private_dir(folder)
    remove_stale_temp_files(folder)
    return Path(tempfile.mkdtemp(prefix=f"{TEMP_PREFIX}{os.getpid()}-{kind}-", dir=folder))
