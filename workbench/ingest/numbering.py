"""The numbering rules: which lines are numbered headings, and how they form parts.

Numbers nest and increase (`3` → `3.1` → `3.2` → `4`); letters (`A.` … `E.`) run under the
numbered heading before them. A numbered line that breaks that order is body text: a numbered
list, a cross-reference, a table row. A file may hold several documents whose numbering
restarts at `1` (seed 004: a Remiss-PM numbered 1–1.3.4, then the strategy 1–4.5): each is a
part. The choice is a dynamic programme over the candidate lines that scores each chain by the
headings it keeps, less what its gaps and restarts cost, so one stray line cannot split a
document and a real restart is not swallowed.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

_NUMBERED = re.compile(
    r"^(?P<num>\d{1,2}(?:\.\d{1,3}){0,6})(?:\.?[ \t\u00a0]+|\.(?=[A-ZÅÄÖ]))(?P<title>\S.*)$"
)
_LETTERED = re.compile(r"^(?P<num>[A-Z])[.)][ \t\u00a0]+(?P<title>\S.*)$")
_LOWER_START = re.compile(r"^[a-zåäöéü]")
# Words a wrapped title line ends on ("… hälsodata och" / "vårdprocessdata").
DANGLING = {
    "och", "eller", "samt", "för", "till", "av", "i", "på", "med", "om", "från", "mot", "vid",
    "under", "över", "inom", "mellan", "utan", "genom", "efter", "den", "det", "de", "en", "ett",
    "som", "att", "and", "of", "the",
}  # fmt: skip

WEIGHT, MARKED_WEIGHT = 1.0, 2.0
GAP_COST = 0.35  # per heading the numbering skips
SAME_COST = 0.6  # a number written twice in a row (a typo in the document)
START_COST = 1.0  # opening a part
SKIP_START = 0.5  # leaving out a line numbered like the start of a document (`1`, `1.1`)
WINDOW = 16  # how many candidates a chain may step over


@dataclass(slots=True)
class Candidate:
    """A line that looks like a numbered heading, before the order decides."""

    line: int  # index of its first line
    end: int  # index after its last line (a wrapped title takes two)
    number: str
    key: tuple[int, ...] | None  # (4, 1) for 4.1; None for a letter
    letter: int | None  # 0 for A
    title: str
    weight: float = WEIGHT

    @property
    def is_start(self) -> bool:
        if self.key is None:
            return self.letter == 0
        return all(part == 1 for part in self.key)


def parse_heading(text: str, marked: bool = False) -> tuple[str, str] | None:
    """Split `4.1 Titel` / `A. Titel` / `3.3.Norden` into number and title when it may be one."""
    split = split_number(text)
    if split is None or not title_like(split[1], marked):
        return None
    return split


def split_number(text: str) -> tuple[str, str] | None:
    """Number and the rest of a line that opens with a heading number, whatever follows."""
    stripped = text.strip()
    first = stripped[:1]
    # By the first character, which of the two can match at all (most lines: neither).
    if first.isdecimal():  # what \d matches
        match = _NUMBERED.match(stripped)
    elif "A" <= first <= "Z" and stripped[1:2] in (".", ")"):
        match = _LETTERED.match(stripped)
    else:
        return None
    if not match:
        return None
    return match.group("num"), match.group("title").strip()


def title_like(title: str, marked: bool = False) -> bool:
    if not title or len(title) > 300:
        return False
    if marked:
        return True
    first = title[0]
    ocr_o = first == "6" and len(title) > 1 and title[1].islower()  # OCR reads Ö as 6
    if not (first.isupper() or ocr_o or first in "\"'”«("):
        return False
    if len(title) > 180 or len(title.split()) > 24:
        return False
    return title[-1] not in ".;,"


def number_key(number: str) -> tuple[tuple[int, ...] | None, int | None]:
    if number.isalpha():
        return None, ord(number.upper()) - ord("A")
    return tuple(int(part) for part in number.split(".")), None


PLAIN_WEIGHT = 0.2  # a numbered line set like the body text: a list item or table row, mostly


def candidates(
    lines: list[str], marks: list[int], blank: list[bool], plain: list[bool] | None = None
) -> list[Candidate]:
    """Every line that may be a numbered heading, with a title wrapped onto the next line.
    `plain`: lines the typography says are body text (PDF), which weigh little."""
    found: list[Candidate] = []
    count = len(lines)
    for index, text in enumerate(lines):
        first, second = text[:1], text[1:2]
        if blank[index] or not (first.isdigit() or ("A" <= first <= "Z" and second in ".)")):
            continue  # cheap test first: most lines open with neither
        split = split_number(text)
        if split is None:
            continue
        number, title = split
        end = index + 1
        while end < count and _continues_title(title, lines[end], blank[end], marks[end]):
            title = f"{title} {lines[end].strip()}"
            end += 1
            if end - index > 2:
                break
        if not title_like(title, marked=bool(marks[index])):
            continue
        if not marks[index] and _sentence_goes_on(title, lines, blank, end):
            continue  # a footnote or a numbered sentence, cut by the line width
        key, letter = number_key(number)
        weight = MARKED_WEIGHT if marks[index] else WEIGHT
        if plain is not None and plain[index]:
            weight = PLAIN_WEIGHT
        title = " ".join(title.split())  # layout gaps ("1.1   VAD   ÄR")
        found.append(Candidate(index, end, number, key, letter, title, weight))
    return _drop_lists(found, blank)


def _sentence_goes_on(title: str, lines: list[str], blank: list[bool], end: int) -> bool:
    """A heading's title ends where its line ends; a sentence runs on in lower case."""
    if title.rsplit(maxsplit=1)[-1].casefold() in DANGLING:
        return True
    if len(title) < 50 or title.isupper():
        return False  # short: a heading whose body opens oddly ("l detta stycke", OCR)
    return end < len(lines) and not blank[end] and bool(_LOWER_START.match(lines[end].strip()))


def _continues_title(title: str, following: str, is_blank: bool, mark: int) -> bool:
    if is_blank or mark:
        return False
    nxt = following.strip()
    if not nxt or len(nxt) > 80 or len(title) + len(nxt) > 200 or title[-1] in ".:?!":
        return False
    if nxt.startswith(("-", "•", "–")) or _NUMBERED.match(nxt) or nxt[-1] in ".;,":
        return False
    last_word = title.rsplit(maxsplit=1)[-1].casefold()
    return bool(_LOWER_START.match(nxt)) or last_word in DANGLING or title.endswith((",", "-"))


def _drop_lists(found: list[Candidate], blank: list[bool]) -> list[Candidate]:
    """Numbered lists: siblings (`1.`, `2.` or `A.`, `B.`) with no text between them."""
    listed: set[int] = set()
    for a, b in itertools.pairwise(found):
        if any(not blank[i] for i in range(a.end, b.line)):
            continue  # text between: headings, or at least not a list
        if _next_sibling(a, b):
            listed.update((a.line, b.line))
    return [c for c in found if c.line not in listed]


def _next_sibling(a: Candidate, b: Candidate) -> bool:
    if a.key is None or b.key is None:
        return a.letter is not None and b.letter is not None and b.letter == a.letter + 1
    return len(a.key) == len(b.key) and a.key[:-1] == b.key[:-1] and b.key[-1] == a.key[-1] + 1


def _gap(last: tuple[int, ...] | None, key: tuple[int, ...]) -> int | None:
    """How many headings lie between `last` and `key`; None when `key` does not follow it."""
    if last is None:
        return key[0] - 1 + sum(part - 1 for part in key[1:]) + len(key) - 1
    if key <= last:
        return None
    common = 0
    while common < min(len(last), len(key)) and last[common] == key[common]:
        common += 1
    # A child (4 → 4.1) counts from 0; a later sibling (4.1 → 4.3) from the one before.
    missing = key[common] - (0 if common == len(last) else last[common]) - 1
    deeper = key[common + 1 :]
    return missing + sum(part - 1 for part in deeper) + len(deeper)


@dataclass(slots=True)
class _State:
    score: float
    previous: int  # index of the previous candidate in the chain, -1 at the start
    new_part: bool
    numeric: tuple[int, ...] | None  # the last numbered heading of the chain
    letter: int | None


def _step_cost(state: _State, c: Candidate) -> float | None:
    """Cost of `c` following the chain that ends in `state`; None when it cannot follow."""
    if c.key is None:
        if state.letter is None:
            return 0.0 if c.letter == 0 else GAP_COST * (c.letter or 0) + 0.3
        if c.letter is None or c.letter <= state.letter:
            return None
        return GAP_COST * (c.letter - state.letter - 1)
    if state.numeric is not None and c.key == state.numeric and state.letter is None:
        return SAME_COST
    gap = _gap(state.numeric, c.key)
    return None if gap is None else GAP_COST * gap


def _start_cost(c: Candidate) -> float:
    if c.key is None:
        return START_COST + GAP_COST * (c.letter or 0)
    return START_COST + GAP_COST * (_gap(None, c.key) or 0)


def choose(found: list[Candidate]) -> list[list[Candidate]]:
    """Split the candidates into parts, leaving out those that break the order."""
    count = len(found)
    if not count:
        return []
    skip = [SKIP_START if c.is_start else 0.0 for c in found]
    skipped_before = [0.0] * (count + 1)  # prefix sums of skip costs
    for i, cost in enumerate(skip):
        skipped_before[i + 1] = skipped_before[i] + cost
    states: list[_State] = []
    # The best chain end so far, valued as its score plus the skip costs up to it, so that
    # opening a part at i after it costs what lies between; -1 (value 0) is no chain at all.
    best_end, best_end_value = -1, 0.0
    for i, c in enumerate(found):
        # Open a part here, after the best chain so far (or nothing), skipping what lies between.
        base = best_end_value - skipped_before[i]
        best = _State(base + c.weight - _start_cost(c), best_end, True, c.key, c.letter)
        for j in range(i - 1, max(0, i - WINDOW) - 1, -1):  # nearest first
            upper = states[j].score - (skipped_before[i] - skipped_before[j + 1]) + c.weight
            if upper <= best.score:
                continue  # steps cost nothing at best: this one cannot win
            cost = _step_cost(states[j], c)
            if cost is None:
                continue
            score = upper - cost
            if score > best.score:
                numeric = c.key if c.key is not None else states[j].numeric
                letter = c.letter if c.key is None else None
                best = _State(score, j, False, numeric, letter)
        states.append(best)
        value = best.score + skipped_before[i + 1]
        if value > best_end_value:
            best_end, best_end_value = i, value
    if best_end < 0:
        return []
    end = best_end
    parts: list[list[Candidate]] = [[]]
    i = end
    while i >= 0:
        parts[-1].append(found[i])
        if states[i].new_part:
            parts.append([])
        i = states[i].previous
    chains = [list(reversed(p)) for p in reversed(parts) if p]
    return [chain for chain in chains if len(chain) >= 2]


def level_of(c: Candidate, numeric_before: bool) -> int:
    if c.key is not None:
        return min(len(c.key), 9)
    return 2 if numeric_before else 1
