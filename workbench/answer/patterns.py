"""What a regular expression may begin with, read by the standard library's own parser
(re._parser, Python 3.11+).

- `first_words`: the first words of a stance phrase, by which the stance reader tries at a
  word only the phrases that may begin with it.
- `led`: a pattern compiled with a look-ahead of the characters its matches may begin with
  in front. A search tries a pattern at every place; one that opens with look-behinds and an
  alternation ("(?<![\\wåäö])(?:brist|fel|…)") works through them at each, where one class
  test now turns most places away. The matches are the same: the look-ahead lets through
  every place a match may begin (and more), and where the beginning is not known (a class
  such as \\w, any character, an empty match) there is none.
"""

from __future__ import annotations

import re

# The letters whose case re.IGNORECASE folds as str.lower() does.
PLAIN_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyzåäöéü0123456789_")
_WORD_CHAR = re.compile(r"[\wåäö]")
_MAX_SPELLED = 300  # first words spelled out per phrase at most; past it, their beginnings


def led(pattern: str, flags: int = 0) -> re.Pattern:
    """`pattern` compiled with `flags`, a look-ahead of the characters a match may begin
    with in front where they are known and the pattern opens with no character of its own
    (re already skips ahead by a first class or letter)."""
    try:
        parsed = re._parser.parse(pattern, flags)  # type: ignore[attr-defined]
        ignorecase = bool(parsed.state.flags & re.IGNORECASE)
        first, nullable = _first_chars(list(parsed), ignorecase)
    except (AttributeError, TypeError, ValueError, re.error):
        first, nullable = None, True
    if first is None or nullable or _opens_with_a_character(list(parsed)):
        return re.compile(pattern, flags)
    heeding = "".join(dict.fromkeys(item for item, folded in first if not folded))
    folding = "".join(dict.fromkeys(item for item, folded in first if folded))
    classes = ([f"[{heeding}]"] if heeding else []) + ([f"(?i:[{folding}])"] if folding else [])
    return re.compile(f"(?={'|'.join(classes)})(?:{pattern})", flags)


def _opens_with_a_character(items) -> bool:
    constants = re._constants  # type: ignore[attr-defined]
    while items and items[0][0] is constants.SUBPATTERN:
        items = list(items[0][1][3])
    return bool(items) and items[0][0] in (constants.LITERAL, constants.IN)


def _first_chars(items, ignorecase: bool) -> tuple[list[tuple[str, bool]] | None, bool]:
    """The class items (characters, ranges) a sequence of parsed items may begin with, each
    with whether case is folded for it; None when not known. And whether the sequence may
    match nothing."""
    constants = re._constants  # type: ignore[attr-defined]
    out: list[tuple[str, bool]] = []
    for op, av in items:
        if op is constants.LITERAL:
            return [*out, (re.escape(chr(av)), ignorecase)], False
        if op is constants.IN:
            chars = []
            for kind, value in av:
                if kind is constants.LITERAL:
                    chars.append((re.escape(chr(value)), ignorecase))
                elif kind is constants.RANGE:
                    low, high = re.escape(chr(value[0])), re.escape(chr(value[1]))
                    chars.append((f"{low}-{high}", ignorecase))
                else:
                    return None, False  # a category (\\w), a negation: any character
            return [*out, *chars], False
        if op is constants.SUBPATTERN:
            _group, add_flags, del_flags, sub = av
            folded = bool(add_flags & re.IGNORECASE) or (
                ignorecase and not del_flags & re.IGNORECASE
            )
            found, nullable = _first_chars(list(sub), folded)
        elif op is constants.BRANCH:
            found, nullable = [], False
            for branch in av[1]:
                sub_found, empty = _first_chars(list(branch), ignorecase)
                if sub_found is None:
                    return None, False
                found += sub_found
                nullable = nullable or empty
        elif op in (constants.MAX_REPEAT, constants.MIN_REPEAT):
            found, nullable = _first_chars(list(av[2]), ignorecase)
            nullable = nullable or av[0] == 0
        elif op in (constants.AT, constants.ASSERT, constants.ASSERT_NOT):
            continue  # matches no character
        else:
            return None, False
        if found is None:
            return None, False
        out += found
        if not nullable:
            return out, False
    return out, True


def first_words(pattern: str) -> tuple[set[str], set[str]]:
    """The first words (lower case) a match of `pattern` may begin with: whole words, and
    beginnings of words where the pattern does not spell the rest (`brist\\w*`, a class of
    any letter: ""). More than the pattern can match is harmless (the phrase then decides);
    fewer would lose a match, so whatever this does not follow becomes a beginning."""
    try:  # the standard library's own parser (re._parser, Python 3.11+)
        parsed = re._parser.parse(pattern, re.I)  # type: ignore[attr-defined]
    except (AttributeError, TypeError, ValueError, re.error):
        return set(), {""}
    spelled = _Spelled()
    partial = spelled.items(list(parsed), {""})
    words = spelled.done | partial
    if "" in words:  # a match that may begin with no word: tried at every word
        spelled.stems.add("")
        words.discard("")
    return words, spelled.stems


class _Spelled:
    """Spells out the first word of a parsed pattern (`first_words`): the words ended, and
    the beginnings of those it could not follow."""

    def __init__(self) -> None:
        self.done: set[str] = set()
        self.stems: set[str] = set()

    def items(self, items, partial: set[str]) -> set[str]:
        """`partial`, the first words begun, after `items`: those still going on."""
        constants = re._constants  # type: ignore[attr-defined]
        for op, av in items:
            if not partial:
                break
            if op is constants.LITERAL:
                partial = self._char(chr(av), partial)
            elif op is constants.IN and all(
                kind in (constants.LITERAL, constants.RANGE) for kind, _ in av
            ):
                codes = [
                    range(value, value + 1)
                    if kind is constants.LITERAL
                    else range(value[0], value[1] + 1)
                    for kind, value in av
                ]
                if sum(len(r) for r in codes) > 60:  # a wide range: any letter, nearly
                    partial = self._unknown(partial)
                else:
                    partial = {w for r in codes for c in r for w in self._char(chr(c), partial)}
            elif op is constants.SUBPATTERN:
                partial = self.items(list(av[3]), partial)
            elif op is constants.BRANCH:
                partial = {w for branch in av[1] for w in self.items(list(branch), partial)}
            elif op in (constants.MAX_REPEAT, constants.MIN_REPEAT):
                partial = self._repeat(av, partial)
            elif op in (constants.AT, constants.ASSERT, constants.ASSERT_NOT):
                continue  # matches no character: leaving it out lets through more, not less
            else:
                partial = self._unknown(partial)  # any character, a class such as \w …
            if len(partial) + len(self.done) > _MAX_SPELLED:
                partial = self._unknown(partial)
        return partial

    def _char(self, char: str, partial: set[str]) -> set[str]:
        if not _WORD_CHAR.match(char):
            self.done |= partial  # the word ends here
            return set()
        lower = char.lower()
        if lower not in PLAIN_LETTERS:
            return self._unknown(partial)
        return {w + lower for w in partial}

    def _repeat(self, av, partial: set[str]) -> set[str]:
        low, high, sub = av
        out: set[str] = set()
        count = 0
        while True:
            if count >= low:
                out |= partial
            if count == high or not partial:
                return out
            if count == 4:  # more repetitions than are worth spelling: they go on as stems
                return out | self._unknown(partial)
            partial = self.items(list(sub), partial)
            count += 1

    def _unknown(self, partial: set[str]) -> set[str]:
        self.stems |= partial
        return set()
