"""Språkgranskning (issue 16): the dictionary's load, the whole check of a 60-section,
150-position response, re-checking the edited line at each keystroke, and suggestions.

The response is built from the demo responses' own positions (workbench/data), cycled over 60
sections, so its words are real Swedish remissvar prose. Floors, measured in the same run:
reading the dictionary's two files (load); Hunspell looking up every word of the response
with no rules of ours (whole check); Hunspell's own suggester on the same misspellings
(suggestions). The word cache is emptied before each whole check, so it counts every lookup.
"""

from __future__ import annotations

import random
import statistics
import time
import tomllib

from tests.bench import Row, times_ms
from workbench.core.model import Organisation, Position, Remiss, Response, Section
from workbench.core.stances import Vocabulary
from workbench.language.check import LanguageChecker
from workbench.language.dictionary import Dictionary, dictionary_files
from workbench.language.text import runs
from workbench.usecases.demo import DATA_DIR

SECTIONS = 60
POSITIONS = 150
TYPOS = 20


def demo_positions() -> list[tuple[str, str]]:
    found = []
    for path in sorted(DATA_DIR.glob("response_*.toml")):
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        found += [
            (p["stance"], p.get("text", "")) for p in data.get("positions", []) if p.get("text")
        ]
    return found


def build() -> tuple[Remiss, Organisation, Response]:
    data = tomllib.loads((DATA_DIR / "remiss_rs_2019_0751.toml").read_text(encoding="utf-8"))
    bodies = [s.get("body", "") for s in data["sections"]]
    sections = [
        Section(f"{i // 6 + 1}.{i % 6 + 1}", f"Avsnitt {i}", 2, bodies[i % len(bodies)], id=i + 1)
        for i in range(SECTIONS)
    ]
    remiss = Remiss("Sextio avsnitt", "Region Stockholm", "RS 2019-0751", sections=sections, id=1)
    texts = demo_positions()
    positions = [
        Position(stance, text, section_id=sections[i % SECTIONS].id, order=i, id=i + 1)
        for i, (stance, text) in enumerate(texts[j % len(texts)] for j in range(POSITIONS))
    ]
    organisation = Organisation("Bänkstad", subject="Bänkstad", id=1)
    return remiss, organisation, Response(1, 1, positions=positions)


def run() -> list[Row]:
    files = dictionary_files()
    if files is None:
        return [Row("språkgranskning: the dictionary is not installed", 0.0, note="skipped")]
    rows = []

    def read_files() -> None:
        for path in files:
            path.read_bytes()

    load = times_ms(Dictionary.load, repeat=3, warmup=0)
    floor = times_ms(read_files, repeat=3, warmup=0)
    rows.append(
        Row(
            "language: load the Swedish dictionary (chunspell, hunspell-sv)",
            statistics.median(load),
            "read sv_SE.aff + sv_SE.dic",
            statistics.median(floor),
            goal="off the start path",
            note="loaded in a worker after 2 quiet seconds in a workspace",
        )
    )

    dictionary = Dictionary.load()
    remiss, organisation, response = build()
    words = [w.text for p in response.positions for w in runs(p.text)]

    def whole() -> None:
        dictionary._known.clear()
        checker = LanguageChecker(dictionary, remiss, organisation, Vocabulary())
        checker.check_response(response)

    def engine_only() -> None:
        for word in words:
            dictionary._engine.spell(word)

    whole_times = times_ms(whole, repeat=5, warmup=1)
    floor_times = times_ms(engine_only, repeat=5, warmup=1)
    rows.append(
        Row(
            f"language: whole check, {SECTIONS} sections / {POSITIONS} positions",
            statistics.median(whole_times),
            "Hunspell spell() on every word",
            statistics.median(floor_times),
            goal="≤ 1000 ms",
            note=f"{len(words)} words, cold word cache",
        )
    )

    # Typing: a paragraph grows a character at a time; each keystroke re-checks its line.
    checker = LanguageChecker(dictionary, remiss, organisation, Vocabulary())
    sentence = " ".join(text for _, text in demo_positions()[:3])[:1200]
    keystrokes = []
    for end in range(200, len(sentence)):
        start = time.perf_counter()
        checker.marks(sentence[:end])
        keystrokes.append((time.perf_counter() - start) * 1000)
    rows.append(
        Row(
            "language: re-check the edited line per keystroke p95",
            _p95(keystrokes),
            goal="≤ 16 ms",
            note=f"{len(keystrokes)} keystrokes on a {len(sentence)}-character line",
        )
    )

    typos = planted(dictionary, response)
    ours, theirs = [], []
    for typo in typos:
        start = time.perf_counter()
        checker.suggestions(typo)
        ours.append((time.perf_counter() - start) * 1000)
        start = time.perf_counter()
        dictionary.engine_suggestions(typo)
        theirs.append((time.perf_counter() - start) * 1000)
    rows.append(
        Row(
            f"language: suggestions p95 ({len(typos)} misspellings)",
            _p95(ours),
            "Hunspell suggest() p95",
            _p95(theirs),
            goal="≤ 1000 ms",
            note=f"medians {statistics.median(ours):.0f} vs {statistics.median(theirs):.0f} ms",
        )
    )
    return rows


def planted(dictionary: Dictionary, response: Response) -> list[str]:
    """Misspellings of the response's own words: one letter dropped, doubled or swapped."""
    rng = random.Random(16)
    words = sorted(
        {w for p in response.positions for w in p.text.split() if w.isalpha() and len(w) > 6}
    )
    rng.shuffle(words)
    typos = []
    for word in words:
        i = rng.randrange(1, len(word) - 1)
        typo = rng.choice(
            (
                word[:i] + word[i + 1 :],
                word[:i] + word[i] + word[i:],
                word[:i] + word[i + 1] + word[i] + word[i + 2 :],
            )
        )
        if not dictionary.knows(typo):
            typos.append(typo)
        if len(typos) == TYPOS:
            break
    return typos


def _p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
