"""What the user typed into a search, as terms the index understands; highlighting of hits.

Pure functions, no store: `parse` turns the user's text into a `Query` of stemmed terms,
`match_expression` renders it as an FTS5 MATCH string in which every term is quoted (so no
input, however hostile, can reach FTS5's own syntax), and `match_spans` / `snippet` find and
mark the words of a text that a query matched.

The query language is small on purpose:
- words are ANDed; each matches every form of itself ("tillstyrka" finds "tillstyrker");
- `"two words"` is a phrase (also in any of its forms); a word written with a hyphen
  ("life-science") is one too;
- a trailing `*` makes a word (or a phrase's last word) a prefix: `kompetens*` finds
  "kompetensförsörjningen". Prefixes shorter than `MIN_PREFIX` letters match whole words only.
Everything else (parentheses, `-`, `^`, `:`, `NEAR`, `OR`, a lone quote) is plain text.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass

from workbench.search.stemming import Token, stem, stemmed_tokens, tokens

MIN_PREFIX = 3
MAX_TERMS = 32  # a pasted paragraph still makes a bounded query
HIGHLIGHT = ("[", "]")
ELLIPSIS = "…"


@dataclass(frozen=True)
class Term:
    """One stem, or a phrase of stems; with `prefix`, the last stem is a prefix."""

    stems: tuple[str, ...]
    prefix: bool = False

    def render(self, expansions: Sequence[str] = ()) -> str:
        """The term in FTS5's syntax, quoted. A prefix term with `expansions` (the indexed
        stems it stands for) becomes an OR of them: FTS5 reads those lazily, newest first,
        where a prefix query first merges every matching stem's whole list."""
        if self.prefix and expansions:
            alternatives = [_quoted((*self.stems[:-1], stem)) for stem in expansions]
            return "(" + " OR ".join(alternatives) + ")"
        quoted = _quoted(self.stems)
        return quoted + "*" if self.prefix else quoted


def _quoted(stems: Sequence[str]) -> str:
    return '"' + " ".join(stems).replace('"', '""') + '"'


@dataclass(frozen=True)
class Query:
    terms: tuple[Term, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.terms)

    @property
    def stems(self) -> set[str]:
        return {s for term in self.terms for s in term.stems}


def parse(text: str, *, prefix_last: bool = False) -> Query:
    """The user's text as search terms.

    `prefix_last` treats the last word as a prefix unless the text ends in a space or a
    closing quote: what a search box wants while the user is still typing the word.
    """
    terms: list[Term] = []
    pieces = text.split('"')
    for index, piece in enumerate(pieces):
        inside_quotes = index % 2 == 1
        if inside_quotes:
            closed = index + 1 < len(pieces)
            after = pieces[index + 1] if closed else ""
            star = piece.rstrip().endswith("*") or after.startswith("*")
            _add(terms, list(tokens(piece)), star)
        else:
            for chunk in piece.split():
                found = list(tokens(chunk))
                if found:
                    _add(terms, found, "*" in chunk[found[-1].end :])
    if prefix_last and terms and text[-1:] not in ('"', " ", "\t", "\n"):
        last = terms[-1]
        terms[-1] = _term(last.stems, True)
    unique = list(dict.fromkeys(terms))
    return Query(tuple(unique[:MAX_TERMS]))


def _add(terms: list[Term], found: list[Token], prefix: bool) -> None:
    if found:
        terms.append(_term(tuple(stem(t.word) for t in found), prefix))


def _term(stems: tuple[str, ...], prefix: bool) -> Term:
    return Term(stems, prefix and len(stems[-1]) >= MIN_PREFIX)


def match_expression(query: Query) -> str:
    """The FTS5 MATCH string: every term quoted, terms ANDed."""
    return " AND ".join(term.render() for term in query.terms)


def fts_query(text: str) -> str:
    """The MATCH string for what the user typed ('' when it holds no word)."""
    return match_expression(parse(text))


# Highlighting


def match_spans(text: str, query: Query) -> list[tuple[int, int]]:
    """Where in `text` the query's terms occur: (start, end) character offsets, in order.

    A phrase is one span from its first word to its last.
    """
    return _spans(stemmed_tokens(text), query)


def highlight(text: str, query: Query, **options) -> tuple[list[tuple[int, int]], str]:
    """The spans of `match_spans` and the `snippet` around them, the text read once."""
    found = stemmed_tokens(text)
    spans = _spans(found, query)
    return spans, _snippet(text, found, spans, **options)


def _spans(found: list[Token], query: Query) -> list[tuple[int, int]]:
    text_stems = [token.word for token in found]
    spans: set[tuple[int, int]] = set()
    for term in query.terms:
        size = len(term.stems)
        last = size - 1
        for i in _starts(text_stems, term.stems[0], term.prefix and size == 1):
            if i + size <= len(found) and all(
                _stem_matches(text_stems[i + k], term.stems[k], term.prefix and k == last)
                for k in range(1, size)
            ):
                spans.add((found[i].start, found[i + last].end))
    return _merge(sorted(spans))


def _starts(text_stems: list[str], wanted: str, prefix: bool) -> list[int]:
    if prefix:
        return [i for i, actual in enumerate(text_stems) if actual.startswith(wanted)]
    return [i for i, actual in enumerate(text_stems) if actual == wanted]


def _stem_matches(actual: str, wanted: str, prefix: bool) -> bool:
    return actual.startswith(wanted) if prefix else actual == wanted


def _merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def snippet(
    text: str,
    spans: list[tuple[int, int]],
    *,
    words: int = 24,
    before: int = 4,
    marks: tuple[str, str] = HIGHLIGHT,
) -> str:
    """A one-line excerpt of about `words` words around the most matches, matches marked."""
    return _snippet(text, list(tokens(text)), spans, words=words, before=before, marks=marks)


def _snippet(
    text: str,
    found: list[Token],
    spans: list[tuple[int, int]],
    *,
    words: int = 24,
    before: int = 4,
    marks: tuple[str, str] = HIGHLIGHT,
) -> str:
    if not found:
        return " ".join(text.split())
    first = _best_window(found, spans, words, before)
    last = min(len(found), first + words) - 1
    start = 0 if first == 0 else found[first].start
    end = len(text) if last == len(found) - 1 else found[last].end
    pieces = []
    cursor = start
    for span_start, span_end in spans:
        if span_end <= start or span_start >= end:
            continue
        span_start, span_end = max(span_start, start), min(span_end, end)
        pieces += [text[cursor:span_start], marks[0], text[span_start:span_end], marks[1]]
        cursor = span_end
    pieces.append(text[cursor:end])
    excerpt = " ".join("".join(pieces).split())
    return (ELLIPSIS if start > 0 else "") + excerpt + (ELLIPSIS if end < len(text) else "")


def _best_window(found: list[Token], spans: list[tuple[int, int]], words: int, before: int) -> int:
    """The first token of the window that holds the most match starts."""
    if not spans:
        return 0
    ends = [token.end for token in found]
    starts = [min(len(found) - 1, bisect.bisect_right(ends, span[0])) for span in spans]
    best, best_count = 0, -1
    for index in starts:
        first = max(0, index - before)
        count = bisect.bisect_left(starts, first + words) - bisect.bisect_left(starts, first)
        if count > best_count:
            best, best_count = first, count
    return best


# Filters as index tokens
#
# Each indexed row carries, in a column of its own, tokens for what the filters ask about:
# its organisation, remiss, response status, stance and month. A filter is then one more term
# of the MATCH, and FTS5 intersects doclists instead of SQL checking row after row: a filter
# on one remiss among thousands costs no more than a rare word.

EARLIEST_YEAR = 1900  # an open date range is covered from here …
LATEST_YEAR = 2199  # … to here


def organisation_tag(organisation_id: int) -> str:
    return f"o{organisation_id}"


def remiss_tag(remiss_id: int) -> str:
    return f"r{remiss_id}"


def status_tag(status: str) -> str:
    return f"s{status}"


def stance_tag(stance: str) -> str:
    # Keys may hold "_", which the tokenizer splits on: hex keeps the key one token.
    return "k" + stance.encode().hex()


def date_tags(day: str | None) -> list[str]:
    """The month, year and decade tokens of an ISO date (none for no date)."""
    if not day:
        return []
    year, month = int(day[:4]), int(day[5:7])
    return [f"m{year}{month:02d}", f"y{year}", f"d{year // 10}"]


def date_cover(start: str | None, end: str | None) -> list[str]:
    """The fewest month, year and decade tokens whose months cover the ISO dates start…end.

    The first and last month are whole months: the exact days are checked apart.
    """
    first = (int(start[:4]), int(start[5:7])) if start else (EARLIEST_YEAR, 1)
    last = (int(end[:4]), int(end[5:7])) if end else (LATEST_YEAR, 12)
    tokens: list[str] = []
    year, month = first
    while (year, month) <= last:
        whole_years_left = last[0] - year + (1 if last[1] == 12 else 0)
        if month == 1 and year % 10 == 0 and whole_years_left >= 10:
            tokens.append(f"d{year // 10}")
            year += 10
        elif month == 1 and whole_years_left >= 1:
            tokens.append(f"y{year}")
            year += 1
        else:
            tokens.append(f"m{year}{month:02d}")
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return tokens


def restricted(expression: str, columns: tuple[str, ...], tag_groups: list[list[str]]) -> str:
    """A MATCH string: the user's `expression` in the text `columns` only, and in the tags
    column one token of each group."""
    match = "{" + " ".join(columns) + "} : (" + expression + ")"
    for group in tag_groups:
        match += " AND {tags} : (" + " OR ".join(f'"{tag}"' for tag in group) + ")"
    return match
