"""What a regular expression may begin with, read by the standard library's own parser
(re._parser, Python 3.11+), so that it is tried only where it may match.

- `first_words`, `FirstWords`: the first words a pattern may begin with; the stance reader
  tries at a word only the phrases that may begin with it.
- `AtWords`: patterns that begin where a word does, each tried only at the words it may
  begin with, not at every place of the text (the evaluation lexicon).
- `led`: a pattern compiled with a look-ahead of the characters its matches may begin with
  in front. One that opens with look-behinds and an alternation ("(?:^|(?<=[.!?]\\s))…")
  is worked through at every place; one class test now turns most places away.

Each finds what the pattern finds: what they let through is every place a match may begin
(and more), and where the beginning is not known (a class such as \\w, any character, an
empty match) every place.
"""

from __future__ import annotations

import re
from collections.abc import Callable

# What follows "antas" when it means "is assumed to", not "is adopted": "kan inte antas
# medföra betydande miljöpåverkan" is a plan's own finding, no rejection of it.
ASSUMED_TO = (
    r"(?:medföra|innebära|leda|ge|påverka|orsaka|vara|bli|ha|få|uppstå|utgöra|kunna|komma|"
    r"beröra|omfatta|gälla|behöva|kräva)(?![\wåäö])"
)

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
    heeding = "".join(dict.fromkeys(_class_item(r) for r, folded in first if not folded))
    folding = "".join(dict.fromkeys(_class_item(r) for r, folded in first if folded))
    classes = ([f"[{heeding}]"] if heeding else []) + ([f"(?i:[{folding}])"] if folding else [])
    return re.compile(f"(?={'|'.join(classes)})(?:{pattern})", flags)


def _opens_with_a_character(items) -> bool:
    constants = re._constants  # type: ignore[attr-defined]
    while items and items[0][0] is constants.SUBPATTERN:
        items = list(items[0][1][3])
    return bool(items) and items[0][0] in (constants.LITERAL, constants.IN)


def _class_item(codes: range) -> str:
    low, high = re.escape(chr(codes[0])), re.escape(chr(codes[-1]))
    return low if len(codes) == 1 else f"{low}-{high}"


def _first_chars(items, ignorecase: bool) -> tuple[list[tuple[range, bool]] | None, bool]:
    """The characters (ranges of code points) a sequence of parsed items may begin with,
    each with whether case is folded for it; None when not known. And whether the sequence
    may match nothing."""
    constants = re._constants  # type: ignore[attr-defined]
    out: list[tuple[range, bool]] = []
    for op, av in items:
        if op is constants.LITERAL:
            return [*out, (range(av, av + 1), ignorecase)], False
        if op is constants.IN:
            chars = []
            for kind, value in av:
                if kind is constants.LITERAL:
                    chars.append((range(value, value + 1), ignorecase))
                elif kind is constants.RANGE:
                    chars.append((range(value[0], value[1] + 1), ignorecase))
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


# A word of plain letters is looked up in lower case; one with any other ("ſ", "İ", "ø") may
# begin any pattern.
_PLAIN_WORD = re.compile(r"[a-zåäöéü0-9_]+")
_WORD = re.compile(r"(?<![\wåäö])[\wåäö]+")
_AT_A_WORD = r"(?<![\wåäö])"


class FirstWords:
    """Patterns by the first words they may begin with (`first_words`): `at(word)` is the
    indexes, in order, of those that may begin with `word`, kept per word as written (most
    words of a text were met before).

    An alternative whose first word is not known ("[\\wåäö:]+s uppfattning är att", after
    any genitive) may begin at any word, but only in a text that holds the words it must
    (`_required`: one of "uppfattning", "bedömning" …, and "att"). `for_text(text)` is the
    `at` of a text: with those alternatives only where the text holds their words."""

    def __init__(self, patterns: list[str]) -> None:
        self._count = len(patterns)
        self._words: dict[str, list[int]] = {}  # a whole first word → the patterns
        self._stems: list[tuple[str, int]] = []  # a beginning of a first word → a pattern
        self._anywhere: list[tuple[int, list[frozenset[str]]]] = []  # and the words they need
        for index, pattern in enumerate(patterns):
            for words, stems, needs in _alternatives_first_words(pattern):
                for word in words:
                    self._words.setdefault(word, []).append(index)
                self._stems += [(stem, index) for stem in stems if stem]
                if "" in stems:
                    self._anywhere.append((index, needs))
        # per set of patterns allowed at any word: a word → the patterns
        self._by_word: dict[tuple[int, ...], dict[str, list[int]]] = {}

    def for_text(self, text: str) -> Callable[[str], list[int]]:
        """`at` for the words of `text`."""
        allowed = self.allowed(text)
        held = self._by_word.get(allowed)
        if held is None or len(held) > 50_000:  # a vocabulary's worth: start again
            held = self._by_word[allowed] = {}

        def at(word: str) -> list[int]:
            found = held.get(word)
            if found is None:
                found = held[word] = self.indexes(word, allowed)
            return found

        return at

    def allowed(self, text: str) -> tuple[int, ...]:
        """The patterns that may begin at any word of `text`: those whose words it holds."""
        if not self._anywhere:
            return ()
        if _ODD_LETTER.search(text):  # a case folded otherwise than by str.lower(): all
            return tuple(sorted({index for index, _ in self._anywhere}))
        low = text.lower()
        return tuple(
            sorted(
                {
                    index
                    for index, needs in self._anywhere
                    if all(any(word in low for word in need) for need in needs)
                }
            )
        )

    def indexes(self, word: str, allowed: tuple[int, ...]) -> list[int]:
        """The patterns that may begin with `word`, `allowed` those that may at any."""
        plain = word.lower()
        if not _PLAIN_WORD.fullmatch(plain):
            return list(range(self._count))
        return sorted(
            {
                *self._words.get(plain, ()),
                *(i for stem, i in self._stems if plain.startswith(stem)),
                *allowed,
            }
        )


# A letter whose case re.IGNORECASE may fold otherwise than str.lower() does ("ſ", "İ", "K").
_ODD_LETTER = re.compile(r"[^\W\d_a-zA-ZåäöéüÅÄÖÉÜ]")


def _alternatives_first_words(pattern: str) -> list[tuple[set[str], set[str], list]]:
    """Per top-level alternative of `pattern`: its first words and beginnings (as
    `first_words`), and, where any word may begin it, the words a match must hold."""
    try:
        parsed = re._parser.parse(pattern, re.I)  # type: ignore[attr-defined]
    except (AttributeError, TypeError, ValueError, re.error):
        return [(set(), {""}, [])]
    items = list(parsed)
    constants = re._constants  # type: ignore[attr-defined]
    branches = (
        [list(branch) for branch in items[0][1][1]]
        if len(items) == 1 and items[0][0] is constants.BRANCH
        else [items]
    )
    out = []
    for branch in branches:
        spelled = _Spelled()
        partial = spelled.items(branch, {""})
        words = spelled.done | partial
        if "" in words:
            spelled.stems.add("")
            words.discard("")
        out.append((words, spelled.stems, _required(branch) if "" in spelled.stems else []))
    return out


def _required(items) -> list[frozenset[str]]:
    """What a match of the parsed `items` must hold, as clauses: of each, one of its words
    (lower case, two letters or more, standing side by side in the pattern). A clause the
    pattern does not need would lose a match, so only what every way through it spells
    counts; fewer clauses only let through more."""
    constants = re._constants  # type: ignore[attr-defined]
    clauses: list[frozenset[str]] = []
    run = ""
    for op, av in items:
        if op is constants.LITERAL and chr(av).lower() in PLAIN_LETTERS:
            run += chr(av).lower()
            continue
        if len(run) >= 2:
            clauses.append(frozenset([run]))
        run = ""
        if op is constants.SUBPATTERN:
            clauses += _required(list(av[3]))
        elif op is constants.BRANCH:
            each = [_required(list(branch)) for branch in av[1]]
            if all(each):  # every way holds a word: one of their first must stand
                clauses.append(frozenset().union(*(needs[0] for needs in each)))
        elif op in (constants.MAX_REPEAT, constants.MIN_REPEAT) and av[0] >= 1:
            clauses += _required(list(av[2]))
        # anything else (a space, a class, an assertion) holds no word and ends the letters
    if len(run) >= 2:
        clauses.append(frozenset([run]))
    return clauses


class AtWords:
    """Patterns that match only where a word begins (each opens with "(?<![\\wåäö])" and a
    letter), searched by trying each only at the words it may begin with: `finditer(text)`
    finds, per pattern, what its own `finditer` finds, without trying every place of the
    text (a dozen patterns over every sentence of an answer)."""

    def __init__(self, patterns: dict[str, re.Pattern]) -> None:
        for name, pattern in patterns.items():
            if not (pattern.pattern.startswith(_AT_A_WORD) and _opens_with_letters(pattern)):
                raise ValueError(f"{name}: a pattern of AtWords begins where a word does")
        self._names = list(patterns)
        self._patterns = list(patterns.values())
        self._index = FirstWords([p.pattern for p in self._patterns])

    def finditer(self, text: str) -> dict[str, list[re.Match]]:
        """Each pattern's matches in `text`, as its `finditer` finds them."""
        starts: list[list[int]] = [[] for _ in self._patterns]
        at = self._index.for_text(text)
        for word in _WORD.finditer(text):
            for index in at(word[0]):
                starts[index].append(word.start())
        out: dict[str, list[re.Match]] = {}
        for name, pattern, places in zip(self._names, self._patterns, starts, strict=True):
            found: list[re.Match] = []
            end = 0
            for start in places:
                if start >= end and (match := pattern.match(text, start)):
                    found.append(match)
                    end = match.end()
            out[name] = found
        return out


def _opens_with_letters(pattern: re.Pattern) -> bool:
    """Whether every match of `pattern` begins with a word character."""
    parsed = re._parser.parse(pattern.pattern, pattern.flags)  # type: ignore[attr-defined]
    first, nullable = _first_chars(list(parsed), bool(pattern.flags & re.IGNORECASE))
    return (
        first is not None
        and not nullable
        and all(_WORD_CHAR.match(chr(code)) for codes, _ in first for code in codes)
    )
