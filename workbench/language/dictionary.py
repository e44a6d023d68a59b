"""The Swedish dictionary: is a word spelled right, and what might have been meant.

The engine is Hunspell's own C library through `chunspell` (a wheel that carries libhunspell,
so no system library is needed), over the `hunspell-sv` dictionary files (SFOL, SALDO and
others; LGPL-3.0), which pip installs under `<prefix>/share/hunspell/`. Measured on this
project's machine against `spylls` (Hunspell in pure Python) on the same files: load 0.8 s
against 7.4 s, a lookup 0.24 ms against 2.0 ms, a suggestion list 1.0 s against 6.9 s (median
of ten misspellings). See tests/bench/bench_language.py.

Lookups are cached by word. Suggestions are computed only when asked for: first every word
one edit away that the dictionary (or the context: the remiss, the word list) accepts, ranked
by how likely the slip is (a missing or doubled letter, two letters swapped, a neighbouring
key, å/ä/ö for a/o); Hunspell's own (slower) suggester only when no such word exists. The
edits are checked one call at a time, so a thread computing them never holds the interpreter
for long; Hunspell's suggester holds it for its whole run.
"""

from __future__ import annotations

import os
import sys
import threading
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

DICTIONARY = "sv_SE"
MISSING_MESSAGE = (
    "Den svenska ordlistan saknas (paketet hunspell-sv med chunspell); stavningen kontrolleras"
    " inte, de andra kontrollerna görs."
)
_ALPHABET = "abcdefghijklmnopqrstuvwxyzåäöé"
# Neighbouring keys on a Swedish keyboard: a slip to one of them is a likely typo.
_ROWS = ("qwertyuiopå", "asdfghjklöä", "zxcvbnm")
_NEAR_VOWELS = {("a", "å"), ("a", "ä"), ("o", "ö"), ("e", "é"), ("ä", "e"), ("ö", "ø")}
MAX_SUGGESTIONS = 5


def _neighbours() -> dict[str, set[str]]:
    near: dict[str, set[str]] = {}
    for r, row in enumerate(_ROWS):
        for c, key in enumerate(row):
            keys = near.setdefault(key, set())
            for dr in (-1, 0, 1):
                if 0 <= r + dr < len(_ROWS):
                    other = _ROWS[r + dr]
                    for dc in (-1, 0, 1):
                        if 0 <= c + dc < len(other) and other[c + dc] != key:
                            keys.add(other[c + dc])
    return near


_NEAR_KEYS = _neighbours()


class DictionaryMissing(Exception):
    """The dictionary files or the engine are not installed."""


def dictionary_files() -> tuple[Path, Path] | None:
    """The installed `sv_SE.aff` and `sv_SE.dic`, wherever pip put the hunspell-sv package."""
    override = os.environ.get("WORKBENCH_HUNSPELL_DIR")
    if override:  # this folder only (a site's own files; tests point it at an empty one)
        return _pair(Path(override))
    candidates: list[Path] = []
    try:
        from importlib import metadata

        for file in metadata.files("hunspell-sv") or ():
            if file.name == f"{DICTIONARY}.dic":
                candidates.append(Path(file.locate()).resolve().parent)
    except Exception:  # not installed, or installed without a record
        pass
    candidates += [
        Path(sys.prefix) / "share" / "hunspell",
        Path.home() / ".local" / "share" / "hunspell",
        Path("/usr/share/hunspell"),
    ]
    for folder in candidates:
        found = _pair(folder)
        if found is not None:
            return found
    return None


def _pair(folder: Path) -> tuple[Path, Path] | None:
    aff, dic = folder / f"{DICTIONARY}.aff", folder / f"{DICTIONARY}.dic"
    return (aff, dic) if aff.is_file() and dic.is_file() else None


class Dictionary:
    """The loaded dictionary. `knows` is cached and safe to call from any thread."""

    def __init__(self, engine) -> None:
        self._engine = engine
        self._known: dict[str, bool] = {}
        self._lock = threading.Lock()  # one thread in the C library at a time

    @classmethod
    def load(cls) -> Dictionary:
        """Load the installed dictionary (about a second): never on the start path."""
        files = dictionary_files()
        if files is None:
            raise DictionaryMissing(MISSING_MESSAGE)
        try:
            import hunspell
        except ImportError as exc:
            raise DictionaryMissing(MISSING_MESSAGE) from exc
        aff, _ = files
        engine = hunspell.Hunspell(DICTIONARY, hunspell_data_dir=str(aff.parent))
        return cls(engine)

    def knows(self, word: str) -> bool:
        known = self._known.get(word)
        if known is None:
            with self._lock:
                known = bool(self._engine.spell(word))
            self._known[word] = known
        return known

    def suggest(self, word: str, context: Iterable[str] = ()) -> list[str]:
        """Up to five words the writer may have meant, the likeliest first."""
        return list(_suggest(self, word, frozenset(w.casefold() for w in context)))

    def engine_suggestions(self, word: str) -> list[str]:
        with self._lock:
            return list(self._engine.suggest(word))


def _suggest(dictionary: Dictionary, word: str, context: frozenset[str]) -> tuple[str, ...]:
    lower = word.casefold()
    scored: dict[str, float] = {}
    for candidate, cost in edits(lower):
        if candidate in scored and scored[candidate] <= cost:
            continue
        in_context = candidate in context
        if in_context or dictionary.knows(candidate):
            # A word the remiss or the response already uses is the likelier one.
            scored[candidate] = cost - (0.5 if in_context else 0.0)
    ranked = sorted(scored, key=lambda w: (scored[w], abs(len(w) - len(lower)), w))
    if not ranked:
        ranked = [s for s in dictionary.engine_suggestions(word) if s.casefold() != lower]
    return tuple(_same_case(word, w) for w in ranked[:MAX_SUGGESTIONS])


def _same_case(original: str, word: str) -> str:
    if original.isupper() and len(original) > 1:
        return word.upper()
    if original[:1].isupper():
        return word[:1].upper() + word[1:]
    return word


@lru_cache(maxsize=4096)
def edits(word: str) -> tuple[tuple[str, float], ...]:
    """Every string one edit from `word`, with the cost of that slip (lower: likelier)."""
    out: list[tuple[str, float]] = []
    n = len(word)
    for i in range(n + 1):
        before, after = word[:i], word[i:]
        if after:
            # The writer typed one letter too many: a doubled letter most often.
            doubled = i > 0 and word[i - 1] == after[0]
            out.append((before + after[1:], 0.6 if doubled else 1.0))
        if len(after) > 1 and after[0] != after[1]:
            out.append((before + after[1] + after[0] + after[2:], 0.7))
        if after:
            typed = after[0]
            for letter in _ALPHABET:
                if letter == typed:
                    continue
                if (typed, letter) in _NEAR_VOWELS or (letter, typed) in _NEAR_VOWELS:
                    cost = 0.5
                elif letter in _NEAR_KEYS.get(typed, ()):
                    cost = 0.8
                else:
                    cost = 1.3
                out.append((before + letter + after[1:], cost))
        for letter in _ALPHABET:
            # A letter left out; left out beside its double ("tilstyrker") most often.
            doubled = (i > 0 and word[i - 1] == letter) or (after[:1] == letter)
            out.append((before + letter + after, 0.6 if doubled else 0.9))
    return tuple(out)
