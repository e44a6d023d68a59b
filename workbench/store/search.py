"""Search over every position of every response and the sections of every remiss.

The indexes (db/0005_search.sql) hold Snowball stems, so a word finds its other forms. Triggers
drop changed rows from the indexes and queue them in `search_pending`; `refresh_search_index`
stems the queue into the indexes before every search, so results always follow the store.
Each indexed row also carries filter tokens (its organisation, remiss, status, stance, month):
a filter is one more term of the MATCH. A prefix is searched as the stems it stands for.

Ranking does not score every match: a common word ("och", "strategin") matches most of a
large store, and FTS5's bm25 over all of it takes seconds. Each kind takes its newest matches
(`CANDIDATES` positions, `SECTION_CANDIDATES` sections: FTS5 walks its index by rowid, newest
first, and stops there), scores those by BM25 (workbench.search.rank, with document counts
estimated from each term's newest matches) and returns the best `limit`. Below that many
matches the ranking is exact; above it, the best of the most recent matches come first, which
is what an officer reusing earlier positions wants.
"""

from __future__ import annotations

import datetime as dt
import json
import math
from collections import Counter
from collections.abc import Callable, Iterable
from contextlib import contextmanager
from dataclasses import dataclass

from workbench.core.model import SEARCH_KINDS, SearchHit, Status
from workbench.core.stances import BUILTIN_STANCES
from workbench.errors import InvalidInput, StoreUnavailable
from workbench.search.query import (
    Query,
    Term,
    date_cover,
    date_tags,
    fts_query,
    highlight,
    organisation_tag,
    parse,
    remiss_tag,
    restricted,
    stance_tag,
    status_tag,
)
from workbench.search.rank import (
    IndexStats,
    decode_averages,
    estimate_documents,
    idf,
    score_rows,
)
from workbench.search.stemming import blocks, index_text, stems
from workbench.store.connection import date_in, date_out
from workbench.store.organisations import OrganisationQueries
from workbench.store.remisses import RemissQueries

__all__ = ["CANDIDATES", "SECTION_CANDIDATES", "SearchQueries", "fts_query"]

# How many of the newest matches are ranked, per query: positions, and sections (whose long
# bodies cost more to score). Fewer is faster; a query with fewer matches is ranked exactly.
CANDIDATES = 400
SECTION_CANDIDATES = 100
PROBE = 1000  # newest matches read to estimate how many rows hold a term
MAX_EXPANSIONS = 40  # a prefix standing for more stems is left to FTS5's prefix search
INDEX_BATCH = 2000  # rows stemmed per transaction when the index catches up
SUGGESTION_TERMS = 12  # telling words taken from a section to find similar ones
SUGGESTION_SECTIONS = 40  # similar sections whose positions are suggested
TELLING_CANDIDATES = 40  # a section's most used words weighed for telling ones
TELLING_PROBE = 200
TITLE_WEIGHT = 3.0  # a section title's words count for more than its body's
# Positions and sections are ranked in two indexes whose bm25 scores are not on one scale; a
# section's score is halved so that positions, what an officer reuses, come first among equals.
SECTION_SCORE_WEIGHT = 0.5

_BUILTIN_VERBS = {stance.key: stance.verb for stance in BUILTIN_STANCES}


class SearchQueries(OrganisationQueries, RemissQueries):
    # Searching

    def search(
        self,
        query: str,
        *,
        organisation: int | str | None = None,
        stance: str | None = None,
        remiss_id: int | None = None,
        status: Status | str | None = None,
        date_from: dt.date | str | None = None,
        date_to: dt.date | str | None = None,
        kinds: Iterable[str] = SEARCH_KINDS,
        limit: int = 20,
        prefix_last: bool = False,
    ) -> list[SearchHit]:
        """The best `limit` hits for what the user typed, best first.

        `organisation` is an id or a name; `stance` a stance key; `status` a response status.
        These three apply to positions only, so giving any of them leaves sections out.
        `remiss_id` and the dates (ISO text or dates, inclusive) apply to both kinds.
        `prefix_last` treats the last word as a prefix, for results as the user types.
        Bad filter values raise InvalidInput or NotFound with a Swedish message.
        """
        kinds = _kinds(kinds)
        filters = _Filters(
            organisation_id=self._organisation_filter(organisation),
            stance=self._stance_filter(stance),
            remiss_id=remiss_id,
            status=_status(status),
            date_from=date_in(date_from, "Från"),
            date_to=date_in(date_to, "Till"),
        )
        parsed = parse(query, prefix_last=prefix_last)
        if not parsed or limit <= 0:
            return []
        self.refresh_search_index()
        if filters.empty_range:
            return []
        scored: list[tuple[float, int, _Index]] = []
        if "position" in kinds:
            conditions, params = filters.position_conditions()
            tags = filters.position_tags()
            scored += self._scored(_POSITIONS, parsed, conditions, params, tags, limit=limit)
        if "section" in kinds and not filters.positions_only:
            conditions, params = filters.section_conditions()
            tags = filters.section_tags()
            scored += self._scored(_SECTIONS, parsed, conditions, params, tags, limit=limit)
        scored.sort(key=lambda item: (-item[0], -item[1]))
        best = scored[:limit]
        rows: dict[tuple[str, int], dict] = {}
        for index in {index for _, _, index in best}:
            ids = [row_id for _, row_id, chosen in best if chosen is index]
            rows.update({(index.table, row["id"]): row for row in self._hit_rows(index, ids)})
        # Snippets are made for the hits returned only: they are the costly part.
        return [
            index.hit(rows[(index.table, row_id)], parsed, score)
            for score, row_id, index in best
            if (index.table, row_id) in rows
        ]

    def _scored(
        self,
        index: _Index,
        query: Query,
        conditions: list[str] | None = None,
        params: list | None = None,
        tags: list[list[str]] | None = None,
        *,
        limit: int,
        any_term: bool = False,
    ) -> list[tuple[float, int, _Index]]:
        """(score, id, index) of the best `limit` of the newest matches (`CANDIDATES`) that pass
        the conditions, scored by BM25 (workbench.search.rank), best first; with `any_term`, a
        match needs one term only.

        FTS5 yields matches in rowid order, newest first, and stops at the LIMIT: neither the
        match nor the ranking ever touches every row of a common word.
        """
        where = "".join(f" AND {condition}" for condition in conditions or ())
        rendered = [term.render(self._expansions(term)) for term in query.terms]
        expression = (" OR " if any_term else " AND ").join(rendered)
        match = restricted(expression, index.columns, tags or [])
        pool = CANDIDATES if index is _POSITIONS else SECTION_CANDIDATES
        columns = ", ".join(f"f.{column}" for column in index.columns)
        candidates = self.db.execute(
            f"SELECT f.rowid, {columns} FROM {index.table} f"
            f" {index.filter_joins if where else ''}"
            f" WHERE {index.table} MATCH ?{where} ORDER BY f.rowid DESC LIMIT ?",
            [match, *(params or ()), pool],
        ).fetchall()
        if not candidates:
            return []
        stats = self._index_stats(index)
        newest = [self._newest(index, term) for term in rendered]
        idfs = [idf(estimate_documents(ids, PROBE, stats), stats.rows) for ids in newest]
        scores = score_rows(candidates, query.terms, idfs, index.weights, stats.average_length)
        scores.sort(key=lambda item: (-item[0], -item[1]))
        return [(score * index.score_weight, row_id, index) for score, row_id in scores[:limit]]

    def _newest(self, index: _Index, term: str, probe: int | None = None) -> list[int]:
        """The rowids of a term's newest matches, newest first (for its document count)."""
        return [
            row[0]
            for row in self.db.execute(
                f"SELECT rowid FROM {index.table} WHERE {index.table} MATCH ?"
                " ORDER BY rowid DESC LIMIT ?",
                [restricted(term, index.columns, []), probe or PROBE],
            )
        ]

    def _index_stats(self, index: _Index) -> IndexStats:
        """Rows and tokens of the text columns (not the tags), from FTS5's own record."""
        table = index.table
        record = self.db.execute(f"SELECT block FROM {table}_data WHERE id = 1").fetchone()
        rows, tokens = decode_averages(record[0]) if record else (0, [])
        last = self.db.execute(f"SELECT max(rowid) FROM {table}").fetchone()[0] or 0
        if not rows and last:
            # FTS5 writes the record at commit: inside a transaction that indexed the first
            # rows it is not there yet. Count them; lengths then go unweighted.
            rows = self.db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            return IndexStats(rows=rows, tokens=0, last_rowid=last)
        text_tokens = sum(tokens[: len(index.columns)])
        return IndexStats(rows=rows, tokens=text_tokens, last_rowid=last)

    def _hit_rows(self, index: _Index, ids: list[int]) -> list[dict]:
        return list(self.db.query(index.rows_sql, [json.dumps(ids)]))

    def _stance_filter(self, stance: str | None) -> str | None:
        if not stance:
            return None
        known = (
            stance in _BUILTIN_VERBS
            or self.db.execute(
                "SELECT 1 FROM organisation_stances WHERE key = ? LIMIT 1", [stance]
            ).fetchone()
        )
        if not known:
            raise InvalidInput(f"Okänd hållning '{stance}'.")
        return stance

    def _organisation_filter(self, organisation: int | str | None) -> int | None:
        if organisation is None or organisation == "":
            return None
        if isinstance(organisation, int):
            return self.get_organisation(organisation).id
        return self.organisation_by_name(organisation).id

    # Suggestions

    def similar_positions(
        self,
        section_id: int,
        *,
        exclude_response_id: int | None = None,
        organisation: int | str | None = None,
        limit: int = 10,
    ) -> list[SearchHit]:
        """Earlier positions on the sections most like `section_id` (its title and body).

        The section's most telling words (frequent in it, rare in the store; title words
        weigh more) find similar sections, its own included; their positions come back best
        section first, newest first within one, leaving out the response being edited
        (`exclude_response_id`). `organisation` keeps one organisation's positions only.
        """
        section = self.get_section(section_id)
        self.refresh_search_index()
        org_id = self._organisation_filter(organisation)
        terms = self._telling_terms(section.title, section.body)
        if not terms or limit <= 0:
            return []
        query = Query(tuple(Term((term,)) for term in terms))
        similar = self._scored(_SECTIONS, query, limit=SUGGESTION_SECTIONS, any_term=True)
        score_of = {row_id: score for score, row_id, _ in similar}
        score_of[section_id] = max(score_of.values(), default=0.0) + 1.0  # itself first
        conditions = ["p.section_id IN (SELECT value FROM json_each(?))"]
        params: list = [json.dumps(list(score_of))]
        if exclude_response_id is not None:
            conditions.append("p.response_id != ?")
            params.append(exclude_response_id)
        if org_id is not None:
            conditions.append("r.organisation_id = ?")
            params.append(org_id)
        rows = self.db.query(
            f"""
            {_POSITION_SELECT}
            FROM positions p
            {_POSITION_JOINS}
            WHERE {" AND ".join(conditions)} AND p.text != ''
            """,
            params,
        )
        best = sorted(rows, key=lambda row: (-score_of[row["section_id"]], -row["id"]))[:limit]
        return [_position_hit(row, query, score_of[row["section_id"]]) for row in best]

    def _telling_terms(self, title: str, body: str) -> list[str]:
        """A section's words that best tell it apart: tf-idf over the sections' index.

        Words found in most sections ("och", "för") weigh nothing, whatever the store's size.
        Document counts are estimated as for ranking (`_newest`), for the words the section
        uses most only, so a long section costs no more than a short one.
        """
        counts: Counter[str] = Counter()
        for stem in stems(title):
            counts[stem] += TITLE_WEIGHT  # type: ignore[assignment]
        for stem in stems(body):
            counts[stem] += 1.0  # type: ignore[assignment]
        candidates = [
            stem for stem, _ in counts.most_common() if len(stem) >= 3 and not stem.isdigit()
        ][:TELLING_CANDIDATES]
        stats = self._index_stats(_SECTIONS)
        if not candidates or not stats.rows:
            return []
        weights = {}
        for stem in candidates:
            newest = self._newest(_SECTIONS, Term((stem,)).render(), TELLING_PROBE)
            documents = estimate_documents(newest, TELLING_PROBE, stats)
            weights[stem] = (1 + math.log(counts[stem])) * math.log(
                (stats.rows + 1) / (documents + 0.5)
            )
        ranked = sorted(
            (stem for stem in candidates if weights[stem] > 0.5),
            key=lambda stem: (-weights[stem], stem),
        )
        return ranked[:SUGGESTION_TERMS]

    # The index

    def refresh_search_index(self, batch: int = INDEX_BATCH) -> int:
        """Stem every queued row into the indexes; return how many were indexed.

        A store that cannot be written (a read-only file) is searched as it is.
        """
        done = 0
        while self.db.execute("SELECT 1 FROM search_pending LIMIT 1").fetchone():
            try:
                with self._immediate():
                    pending = self.db.execute(
                        "SELECT kind, id FROM search_pending LIMIT ?", [batch]
                    ).fetchall()
                    positions = [row_id for kind, row_id in pending if kind == "position"]
                    sections = [row_id for kind, row_id in pending if kind == "section"]
                    self._index_positions(positions)
                    self._index_sections(sections)
            except StoreUnavailable as exc:
                if exc.reason == "readonly":
                    return done
                raise
            done += len(pending)
        return done

    def rebuild_search_index(self) -> int:
        """Index everything afresh (after a change of the stemming rules); return the count."""
        with self._immediate():
            self.db.execute("DELETE FROM position_search")
            self.db.execute("DELETE FROM section_search")
            self.db.execute("DELETE FROM search_terms")
            self.db.execute(
                "INSERT OR IGNORE INTO search_pending (kind, id)"
                " SELECT 'position', id FROM positions"
                " UNION ALL SELECT 'section', id FROM sections"
            )
        return self.refresh_search_index()

    def pending_search_rows(self) -> int:
        return self.db.execute("SELECT count(*) FROM search_pending").fetchone()[0]

    def _index_positions(self, ids: list[int]) -> None:
        def values(row: tuple) -> tuple:
            row_id, text, verb, stance, organisation_id, remiss_id, status, day = row
            tags = [
                organisation_tag(organisation_id),
                remiss_tag(remiss_id),
                status_tag(status),
                stance_tag(stance),
                *date_tags(day),
            ]
            verb = verb or _BUILTIN_VERBS.get(stance, "")
            return row_id, index_text(verb), index_text(text), " ".join(tags)

        self._reindex(
            "position",
            ids,
            f"""
            SELECT p.id, p.text, coalesce(nullif(p.verb_override, ''), os.verb, '') AS verb,
                   p.stance, r.organisation_id, r.remiss_id, r.status, {_POSITION_DATE}
            FROM positions p
            JOIN responses r ON r.id = p.response_id
            LEFT JOIN organisation_stances os
              ON os.organisation_id = r.organisation_id AND os.key = p.stance
            WHERE p.id {_BY_IDS}
            """,
            values,
        )

    def _index_sections(self, ids: list[int]) -> None:
        def values(row: tuple) -> tuple:
            row_id, title, body, remiss_id, day = row
            tags = [remiss_tag(remiss_id), *date_tags(day)]
            return row_id, index_text(title), index_text(body), " ".join(tags)

        self._reindex(
            "section",
            ids,
            f"""
            SELECT s.id, s.title, s.body, s.remiss_id, {_SECTION_DATE}
            FROM sections s JOIN remisses m ON m.id = s.remiss_id
            WHERE s.id {_BY_IDS}
            """,
            values,
        )

    def _reindex(
        self, kind: str, ids: list[int], select: str, values: Callable[[tuple], tuple]
    ) -> None:
        """Put the rows `ids` of a kind in its index afresh: `select` reads them (by the ids as
        a JSON list), `values` turns each into (rowid, stems of each text column …, tags)."""
        if not ids:
            return
        table = f"{kind}_search"
        listed = json.dumps(ids)
        rows = [values(row) for row in self.db.execute(select, [listed])]
        self.db.execute(f"DELETE FROM {table} WHERE rowid {_BY_IDS}", [listed])
        columns = ["rowid", *_INDEXES[kind].columns, "tags"]
        self.db.conn.executemany(
            f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})",
            rows,
        )
        terms = {
            term
            for row in rows
            for text in row[1:-1]
            for block in blocks(text)
            for term in block.split()
        }
        self.db.conn.executemany(
            "INSERT OR IGNORE INTO search_terms (term) VALUES (?)", [(t,) for t in terms]
        )
        self.db.execute(
            f"DELETE FROM search_pending WHERE kind = ? AND id {_BY_IDS}", [kind, listed]
        )

    def _expansions(self, term: Term) -> list[str]:
        """The indexed stems a prefix term stands for; none when it stands for too many (then
        FTS5's own prefix search is left to do it)."""
        if not term.prefix:
            return []
        prefix = term.stems[-1]
        upper = prefix[:-1] + chr(ord(prefix[-1]) + 1)
        found = [
            row[0]
            for row in self.db.execute(
                "SELECT term FROM search_terms WHERE term >= ? AND term < ? ORDER BY term LIMIT ?",
                [prefix, upper, MAX_EXPANSIONS + 1],
            )
        ]
        return found if len(found) <= MAX_EXPANSIONS else []

    @contextmanager
    def _immediate(self):
        """A write transaction that takes the write lock at once (no upgrade deadlock in WAL);
        inside an open transaction, a savepoint of it."""
        if self.db.conn.in_transaction:
            with self.transaction():
                yield
            return
        self.db.begin_immediate()
        try:
            yield
        except BaseException:
            self.db.conn.rollback()
            raise
        self.db.execute("COMMIT")


class _Filters:
    """The filters of one search, as tag groups for the MATCH (see search.query) and, for
    dates, the exact days checked on the rows the month tags let through."""

    def __init__(
        self,
        organisation_id: int | None,
        stance: str | None,
        remiss_id: int | None,
        status: Status | None,
        date_from: str | None,
        date_to: str | None,
    ) -> None:
        self.organisation_id = organisation_id
        self.stance = stance
        self.remiss_id = remiss_id
        self.status = status
        self.date_from = date_from
        self.date_to = date_to

    @property
    def positions_only(self) -> bool:
        return any(v is not None for v in (self.organisation_id, self.stance, self.status))

    @property
    def empty_range(self) -> bool:
        return bool(self.date_from and self.date_to and self.date_from > self.date_to)

    def position_tags(self) -> list[list[str]]:
        groups = [
            [tag(value)]  # type: ignore[arg-type]
            for tag, value in (
                (organisation_tag, self.organisation_id),
                (stance_tag, self.stance),
                (remiss_tag, self.remiss_id),
                (status_tag, self.status.value if self.status else None),
            )
            if value is not None
        ]
        return groups + self._date_group()

    def section_tags(self) -> list[list[str]]:
        groups = [[remiss_tag(self.remiss_id)]] if self.remiss_id is not None else []
        return groups + self._date_group()

    def _date_group(self) -> list[list[str]]:
        if self.date_from is None and self.date_to is None:
            return []
        return [date_cover(self.date_from, self.date_to)]

    def position_conditions(self) -> tuple[list[str], list]:
        return self._date_conditions(_POSITION_DATE)

    def section_conditions(self) -> tuple[list[str], list]:
        return self._date_conditions(_SECTION_DATE)

    def _date_conditions(self, date: str) -> tuple[list[str], list]:
        pairs = [(f"{date} >= ?", self.date_from), (f"{date} <= ?", self.date_to)]
        used = [(condition, value) for condition, value in pairs if value is not None]
        return [c for c, _ in used], [v for _, v in used]


_POSITION_DATE = "coalesce(r.date, substr(p.updated_at, 1, 10))"
_SECTION_DATE = "coalesce(m.received, substr(m.created_at, 1, 10))"
_POSITION_SELECT = f"""
    SELECT p.id, p.response_id, p.section_id, p.stance, p.verb_override, p.text,
           p.updated_at, r.status, r.remiss_id, r.organisation_id,
           {_POSITION_DATE} AS date,
           o.name AS organisation, s.number AS section, s.title AS section_title,
           m.title AS remiss_title
"""
_POSITION_JOINS = """
    JOIN responses r ON r.id = p.response_id
    JOIN organisations o ON o.id = r.organisation_id
    JOIN remisses m ON m.id = r.remiss_id
    LEFT JOIN sections s ON s.id = p.section_id
"""
_SECTION_SELECT = f"""
    SELECT s.id, s.remiss_id, s.number, s.title, s.body, m.title AS remiss_title,
           m.updated_at, {_SECTION_DATE} AS date
"""
_BY_IDS = "IN (SELECT value FROM json_each(?))"


@dataclass(frozen=True, eq=False)
class _Index:
    """One search index: its table and columns with their BM25 weights, the joins its filters
    need (from the index row `f`), how its hits are read and made, and how its scores weigh
    against the other index's."""

    table: str
    columns: tuple[str, ...]
    weights: tuple[float, ...]
    filter_joins: str
    rows_sql: str
    hit: Callable[[dict, Query, float], SearchHit]
    score_weight: float = 1.0


def _position_hit(row: dict, query: Query, score: float) -> SearchHit:
    spans, excerpt = highlight(row["text"], query)
    return SearchHit(
        kind="position",
        response_id=row["response_id"],
        organisation=row["organisation"],
        organisation_id=row["organisation_id"],
        section=row["section"],
        section_id=row["section_id"],
        section_title=row["section_title"] or "",
        stance=row["stance"],
        verb_override=row["verb_override"],
        text=row["text"],
        snippet=excerpt,
        matches=tuple(spans),
        position_id=row["id"],
        remiss_id=row["remiss_id"],
        remiss_title=row["remiss_title"],
        status=Status(row["status"]),
        updated=date_out(row["updated_at"][:10]),
        date=date_out(row["date"]),
        score=score,
    )


def _section_hit(row: dict, query: Query, score: float) -> SearchHit:
    body, title = row["body"], row["title"]
    spans, excerpt = highlight(body, query)
    if not spans and title:
        excerpt = highlight(title, query)[1]
    return SearchHit(
        kind="section",
        response_id=None,
        organisation="",
        section=row["number"],
        section_id=row["id"],
        section_title=title,
        stance="",
        text=body,
        snippet=excerpt,
        matches=tuple(spans),
        remiss_id=row["remiss_id"],
        remiss_title=row["remiss_title"],
        updated=date_out(row["updated_at"][:10]),
        date=date_out(row["date"]),
        score=score,
    )


_POSITIONS = _Index(
    "position_search",
    ("verb", "text"),
    (0.5, 1.0),  # the verb is one word shared by many positions
    "JOIN positions p ON p.id = f.rowid JOIN responses r ON r.id = p.response_id",
    f"{_POSITION_SELECT} FROM positions p {_POSITION_JOINS} WHERE p.id {_BY_IDS}",
    _position_hit,
)
_SECTIONS = _Index(
    "section_search",
    ("title", "body"),
    (TITLE_WEIGHT, 1.0),
    "JOIN sections s ON s.id = f.rowid JOIN remisses m ON m.id = s.remiss_id",
    f"{_SECTION_SELECT} FROM sections s JOIN remisses m ON m.id = s.remiss_id WHERE s.id {_BY_IDS}",
    _section_hit,
    SECTION_SCORE_WEIGHT,
)


_INDEXES = {"position": _POSITIONS, "section": _SECTIONS}


def _kinds(kinds: Iterable[str]) -> tuple[str, ...]:
    if isinstance(kinds, str):
        kinds = (kinds,)
    chosen = tuple(kinds)
    unknown = [kind for kind in chosen if kind not in SEARCH_KINDS]
    if unknown:
        raise InvalidInput(
            f"Okänd sorts träff '{unknown[0]}' (välj bland {', '.join(SEARCH_KINDS)})."
        )
    return chosen


def _status(value: Status | str | None) -> Status | None:
    if value is None or value == "":
        return None
    try:
        return Status(value)
    except ValueError:
        choices = ", ".join(s.value for s in Status)
        raise InvalidInput(f"Okänd status '{value}' (välj bland {choices}).") from None
