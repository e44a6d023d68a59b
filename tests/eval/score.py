"""How an importer's outline is scored against an expected outline.

Matching, in four steps:

1. **Normalise.** A number loses surrounding spaces and a trailing dot and is case-folded
   (`4.1.` → `4.1`, `A.` → `a`). A title is NFKC-normalised and case-folded; soft hyphens go;
   every dash (`–`, `—`, `‐`) becomes `-` and spaces around a hyphen go (`MARK - OCH` and
   `Mark- och` both become `mark-och`); quotes become `"`; runs of spaces become one; trailing
   `:` `.` `;` and spaces go. A heading's *key* is its normalised number and title joined by a
   space, so `Bilaga 2` + `Miljö` matches `""` + `Bilaga 2 Miljö` whichever way an importer splits
   a labelled heading.
2. **Similarity** of two strings: 1 when equal; 0.9 when one is a prefix of the other and the
   shorter holds at least half the longer's characters (a wrapped title cut after its first line,
   or one that swallowed its first body line); otherwise difflib's ratio.
3. **Candidates.** An expected heading and an imported section may be paired when their keys'
   similarity is at least 0.8, or when both carry the same normalised number and the imported
   title is empty or at least 0.5 similar (the number found, the title lost or garbled).
4. **Alignment.** Headings are in document order and titles repeat ("Allmänna råd", "Nuläge",
   `ÖVERSIKTSPLAN` under two chapters), so pairs are chosen by a longest-common-subsequence
   dynamic programme over the two sequences: the most pairs that keep both orders, ties broken by
   the summed similarity.

A pair is a **hit** when the levels agree as well (the level check); a pair at another level is
counted as a level error and as a miss. From the hits:

- **F1 (all)**: precision = hits / imported sections, recall = hits / expected headings.
- **F1 (numbered)**: the same over the expected headings that carry a number and the imported
  sections that carry one or are paired with one that does (so a labelled heading split either
  way is counted once).
- **Titles right**: of the pairs, those whose keys are equal after normalisation.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from dataclasses import dataclass, field

from tests.eval.labels import Heading

_DASHES = re.compile(r"[\u2010\u2011\u2012\u2013\u2014\u2015\u2212-]")
_QUOTES = re.compile(r"[\u201c\u201d\u201e\u00ab\u00bb\u2018\u2019']")
KEY_SIMILARITY = 0.8
TITLE_SIMILARITY = 0.5


def normal_number(number: str) -> str:
    return re.sub(r"\s+", " ", number.strip().rstrip(".").strip()).casefold()


def normal_title(title: str) -> str:
    text = unicodedata.normalize("NFKC", title).replace("\u00ad", "").casefold()
    text = _DASHES.sub("-", text)
    text = _QUOTES.sub('"', text)
    text = re.sub(r"\s*-\s*", "-", text)
    text = re.sub(r"\s+", " ", text)
    return text.strip().rstrip(":.; ").strip()


def key(heading: Heading) -> str:
    return f"{normal_number(heading.number)} {normal_title(heading.title)}".strip()


def similarity(a: str, b: str) -> float:
    if a == b:
        return 1.0
    short, long = sorted((a, b), key=len)
    if short and long.startswith(short) and len(short) * 2 >= len(long):
        return 0.9
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    if matcher.real_quick_ratio() < TITLE_SIMILARITY or matcher.quick_ratio() < TITLE_SIMILARITY:
        return 0.0  # below every threshold in use: the exact ratio is not needed
    return matcher.ratio()


def pair_score(expected: Heading, found: Heading) -> float:
    """How well two headings match; 0 when they may not be paired."""
    by_key = similarity(key(expected), key(found))
    if by_key >= KEY_SIMILARITY:
        return by_key
    number = normal_number(expected.number)
    if number and number == normal_number(found.number):
        if not normal_title(found.title):
            return TITLE_SIMILARITY
        by_title = similarity(normal_title(expected.title), normal_title(found.title))
        if by_title >= TITLE_SIMILARITY:
            return by_title
    return 0.0


def align(expected: list[Heading], found: list[Heading]) -> list[tuple[int, int]]:
    """Index pairs (expected, found) of the best order-keeping alignment."""
    n, m = len(expected), len(found)
    scores = [[pair_score(e, f) for f in found] for e in expected]
    # best[i][j] = (pairs, summed similarity) over expected[i:], found[j:]
    best = [[(0, 0.0)] * (m + 1) for _ in range(n + 1)]
    for i in range(n - 1, -1, -1):
        row, below = best[i], best[i + 1]
        for j in range(m - 1, -1, -1):
            choice = max(below[j], row[j + 1])
            if scores[i][j] > 0:
                pairs, total = below[j + 1]
                choice = max(choice, (pairs + 1, total + scores[i][j]))
            row[j] = choice
    pairs, i, j = [], 0, 0
    while i < n and j < m:
        if scores[i][j] > 0:
            taken = best[i + 1][j + 1]
            if best[i][j] == (taken[0] + 1, taken[1] + scores[i][j]):
                pairs.append((i, j))
                i, j = i + 1, j + 1
                continue
        if best[i][j] == best[i + 1][j]:
            i += 1
        else:
            j += 1
    return pairs


def f1(hits: int, found: int, expected: int) -> float | None:
    if expected == 0 and found == 0:
        return None
    if hits == 0:
        return 0.0
    precision, recall = hits / found, hits / expected
    return 2 * precision * recall / (precision + recall)


@dataclass
class Score:
    expected: int
    found: int
    hits: int
    f1_all: float | None
    expected_numbered: int
    found_numbered: int
    hits_numbered: int
    f1_numbered: float | None
    paired: int
    titles_right: int
    missed: list[Heading] = field(default_factory=list)
    extra: list[Heading] = field(default_factory=list)
    wrong_level: list[tuple[Heading, Heading]] = field(default_factory=list)
    wrong_title: list[tuple[Heading, Heading]] = field(default_factory=list)


def score(expected: list[Heading], found: list[Heading]) -> Score:
    pairs = align(expected, found)
    paired_expected = {i for i, _ in pairs}
    paired_found = {j: i for i, j in pairs}
    hits = [(i, j) for i, j in pairs if expected[i].level == found[j].level]
    numbered = {i for i, e in enumerate(expected) if e.number.strip()}
    found_numbered = [
        j for j, f in enumerate(found) if f.number.strip() or paired_found.get(j, -1) in numbered
    ]
    hits_numbered = [(i, j) for i, j in hits if i in numbered]
    right = [(i, j) for i, j in pairs if key(expected[i]) == key(found[j])]
    return Score(
        expected=len(expected),
        found=len(found),
        hits=len(hits),
        f1_all=f1(len(hits), len(found), len(expected)),
        expected_numbered=len(numbered),
        found_numbered=len(found_numbered),
        hits_numbered=len(hits_numbered),
        f1_numbered=f1(len(hits_numbered), len(found_numbered), len(numbered)),
        paired=len(pairs),
        titles_right=len(right),
        missed=[e for i, e in enumerate(expected) if i not in paired_expected],
        extra=[f for j, f in enumerate(found) if j not in paired_found],
        wrong_level=[(expected[i], found[j]) for i, j in pairs if (i, j) not in set(hits)],
        wrong_title=[(expected[i], found[j]) for i, j in pairs if (i, j) not in set(right)],
    )
