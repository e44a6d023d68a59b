"""requirements.lock, the exact versions `make run` and `make test` install, agrees with
pyproject.toml: every direct dependency (and those of the test and dev extras) is pinned
there, at a version its range in pyproject.toml allows. `make lock` writes it again."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parent.parent
_PIN = re.compile(r"^([A-Za-z0-9_.\-]+)==([^\s;#]+)")


def pins() -> dict[str, str]:
    found = {}
    for line in (ROOT / "requirements.lock").read_text(encoding="utf-8").splitlines():
        match = _PIN.match(line.strip())
        if match:
            found[canonicalize_name(match[1])] = match[2]
    return found


def direct_requirements() -> list[Requirement]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    wanted = list(project["dependencies"])
    for extra in ("test", "dev"):
        wanted += project["optional-dependencies"][extra]
    return [Requirement(text) for text in wanted]


def test_every_direct_dependency_is_pinned_within_its_range():
    pinned = pins()
    problems = []
    for requirement in direct_requirements():
        name = canonicalize_name(requirement.name)
        if name not in pinned:
            problems.append(f"{requirement.name}: not in requirements.lock")
        elif not requirement.specifier.contains(pinned[name], prereleases=True):
            problems.append(f"{requirement.name}: locked {pinned[name]}, wants {requirement}")
    assert not problems, "run `make lock`:\n" + "\n".join(problems)


def test_every_direct_dependency_has_an_upper_bound():
    unbounded = [
        str(requirement)
        for requirement in direct_requirements()
        if not any(spec.operator in ("<", "<=", "==", "~=") for spec in requirement.specifier)
    ]
    assert not unbounded, f"give these an upper bound in pyproject.toml: {unbounded}"


def test_the_lock_pins_exact_versions_only():
    lines = (ROOT / "requirements.lock").read_text(encoding="utf-8").splitlines()
    loose = [
        line
        for line in lines
        if line.strip() and not line.lstrip().startswith(("#", "-")) and not _PIN.match(line)
    ]
    assert not loose, loose
