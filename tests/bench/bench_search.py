"""Search at 1,000,000 positions (issue 7): p50/p95 of `store.search` next to a plain FTS5
`MATCH … ORDER BY rank LIMIT 20` on the same store and the same (stemmed) MATCH string.

The store is generated once into tests/bench/results/ (git-ignored) from the seeds' vocabulary
with a Zipf word frequency: the seeds' words ranked by how often the seeds use them, the word of
rank r drawn with a probability proportional to 1/r. Its build time (rows, then the search
index) and size are kept beside it and reported on every run. Queries are one or two words
drawn from the same frequency mix, so common words ("och", "strategin", "regionen") come up as
often as they would; each query is timed with its floor right after it, under the same load.

`BENCH_SEARCH_POSITIONS=20000 make bench BENCH_ARGS=search` runs a small store quickly.
"""

from __future__ import annotations

import json
import os
import random
import statistics
import time
from collections import Counter
from collections.abc import Callable
from itertools import accumulate
from pathlib import Path

from tests.bench import Row
from workbench.core.stances import BUILTIN_STANCES
from workbench.search.query import fts_query, restricted
from workbench.search.stemming import words
from workbench.store import Store, open_store

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "tests" / "fixtures" / "seeds"
RESULTS = Path(__file__).resolve().parent / "results"
GENERATOR = 2  # bump when the generated store changes shape

POSITIONS = int(os.environ.get("BENCH_SEARCH_POSITIONS", 1_000_000))
POSITIONS_PER_RESPONSE = 25
RESPONSES_PER_REMISS = 8
SECTIONS_PER_REMISS = 12
ORGANISATIONS = 40
QUERIES = 200
COMMON_SHARE = 0.01  # a query matching more than 1% of the positions counts as common
# Words per position: the lengths of the demo's positions (workbench/data/response_*.toml).
POSITION_WORDS = (13, 14, 14, 14, 17, 17, 18, 18, 19, 19, 20, 20, 21, 22, 22, 24, 25, 26, 27)
POSITION_WORDS += (32, 32, 33, 34, 35, 43, 49, 50, 50, 51, 53, 54, 59, 61, 67, 75, 83, 87, 87)
POSITION_WORDS += (91, 166, 174)
SECTION_WORDS = (20, 60, 120, 250)
STATUSES = ("utkast", "granskning", "godkand", "beslutad", "skickad")


def run() -> list[Row]:
    path, build = bench_store()
    with open_store(path) as store:
        return measure(store, build)


# The store


class Vocabulary:
    """The seeds' words with Zipf weights: rank r (by the seeds' own counts) weighs 1/r."""

    def __init__(self) -> None:
        counts: Counter[str] = Counter()
        for seed in sorted(SEEDS.glob("*.txt")):
            counts.update(words(seed.read_text(encoding="utf-8")))
        self.words = [word for word, _ in counts.most_common()]
        self.cumulative = list(accumulate(1 / rank for rank in range(1, len(self.words) + 1)))

    def sample(self, rng: random.Random, count: int) -> list[str]:
        return rng.choices(self.words, cum_weights=self.cumulative, k=count)

    def text(self, rng: random.Random, count: int) -> str:
        chosen = self.sample(rng, count)
        sentences = [chosen[i : i + 14] for i in range(0, len(chosen), 14)]
        return " ".join(" ".join(s).capitalize() + "." for s in sentences)


def bench_store() -> tuple[Path, dict]:
    """The generated store and its build figures, built when missing."""
    RESULTS.mkdir(exist_ok=True)
    path = RESULTS / f"search-{POSITIONS}-v{GENERATOR}.db"
    info = path.with_suffix(".json")
    if path.exists() and info.exists():
        return path, json.loads(info.read_text())
    for stale in RESULTS.glob(f"{path.stem}*"):
        stale.unlink()
    build = build_store(path)
    info.write_text(json.dumps(build, indent=2))
    return path, build


def build_store(path: Path) -> dict:
    rng = random.Random(7)
    vocabulary = Vocabulary()
    stances = [s.key for s in BUILTIN_STANCES]
    remisses = max(1, POSITIONS // (POSITIONS_PER_RESPONSE * RESPONSES_PER_REMISS))
    start = time.perf_counter()
    with open_store(path) as store:
        conn = store.db.conn
        # Bulk rows go in with SQL on the store's own connection: a million add_position calls
        # would take an hour and measure nothing search needs. The triggers queue every row.
        with store.db.atomic():
            conn.executemany(
                "INSERT INTO organisations (id, name, subject) VALUES (?, ?, ?)",
                [
                    (i, f"Organisation {i}", f"Organisation {i}")
                    for i in range(1, ORGANISATIONS + 1)
                ],
            )
            section_id = 0
            response_id = 0
            position_id = 0
            for remiss_id in range(1, remisses + 1):
                day = _day(remiss_id / remisses)
                conn.execute(
                    "INSERT INTO remisses (id, title, sender, received, created_at, updated_at)"
                    " VALUES (?, ?, 'Region Stockholm', ?, ?, ?)",
                    [remiss_id, vocabulary.text(rng, 6), day, day, day],
                )
                sections = []
                for ord_ in range(SECTIONS_PER_REMISS):
                    section_id += 1
                    sections.append(section_id)
                    conn.execute(
                        "INSERT INTO sections (id, remiss_id, ord, number, title, level, body)"
                        " VALUES (?, ?, ?, ?, ?, 1, ?)",
                        [
                            section_id,
                            remiss_id,
                            ord_,
                            str(ord_ + 1),
                            vocabulary.text(rng, rng.randint(2, 7)),
                            vocabulary.text(rng, rng.choice(SECTION_WORDS)),
                        ],
                    )
                for org in rng.sample(range(1, ORGANISATIONS + 1), RESPONSES_PER_REMISS):
                    response_id += 1
                    status = rng.choice(STATUSES)
                    conn.execute(
                        "INSERT INTO responses (id, remiss_id, organisation_id, status, date,"
                        " created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                        [
                            response_id,
                            remiss_id,
                            org,
                            "utkast",  # its status last: an approved response is read-only
                            day if status in ("beslutad", "skickad") else None,
                            day,
                            day,
                        ],
                    )
                    rows = []
                    for ord_ in range(POSITIONS_PER_RESPONSE):
                        position_id += 1
                        rows.append(
                            (
                                position_id,
                                response_id,
                                None if ord_ == 0 else rng.choice(sections),
                                rng.choice(stances),
                                vocabulary.text(rng, rng.choice(POSITION_WORDS)),
                                ord_,
                                day,
                                day,
                            )
                        )
                    conn.executemany(
                        "INSERT INTO positions (id, response_id, section_id, stance, text, ord,"
                        " created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                        rows,
                    )
                    conn.execute(
                        "UPDATE responses SET status = ? WHERE id = ?", [status, response_id]
                    )
        rows_s = time.perf_counter() - start
        start = time.perf_counter()
        store.refresh_search_index(batch=20_000)
        index_s = time.perf_counter() - start
        counts = store.counts()
    return {
        "positions": counts["positions"],
        "sections": counts["sections"],
        "rows_s": round(rows_s, 1),
        "index_s": round(index_s, 1),
        "bytes": path.stat().st_size,
    }


def _day(fraction: float) -> str:
    """Dates from 2015 to 2025 in id order: higher ids are more recent, as in a real store."""
    days = int(fraction * 3650)
    year, day = 2015 + days // 365, days % 365
    return f"{year}-{1 + day // 31 % 12:02d}-{1 + day % 28:02d}"


# The measurements


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def timed(fn: Callable[[], object]) -> float:
    return timed_cpu(fn)[0]


def timed_cpu(fn: Callable[[], object]) -> tuple[float, float]:
    """Wall and CPU milliseconds of one call. On a shared machine the CPU time shows what
    the call costs, the wall time what the user waits while other work competes."""
    start, start_cpu = time.perf_counter(), time.thread_time()
    fn()
    return (time.perf_counter() - start) * 1000, (time.thread_time() - start_cpu) * 1000


def queries(vocabulary: Vocabulary) -> list[str]:
    rng = random.Random(11)
    return [" ".join(vocabulary.sample(rng, rng.choice((1, 2)))) for _ in range(QUERIES)]


def measure(store: Store, build: dict) -> list[Row]:
    vocabulary = Vocabulary()
    total = build["positions"]

    def match(text: str) -> str:
        return restricted(fts_query(text), ("verb", "text"), [])

    def floor(text: str) -> Callable[[], object]:
        sql = (
            "SELECT rowid FROM position_search WHERE position_search MATCH ? ORDER BY rank LIMIT 20"
        )
        return lambda: store.db.execute(sql, [match(text)]).fetchall()

    def ours(text: str, **options) -> Callable[[], object]:
        return lambda: store.search(text, limit=20, **options)

    ours("strategin")()  # warm the caches and the stemmer
    variants = {
        "search": {},
        "search positions only": {"kinds": ("position",)},
        "search as you type (prefix_last)": {"prefix_last": True},
    }
    samples: dict[str, dict[str, list]] = {kind: {} for kind in ("common", "rare")}
    for text in queries(vocabulary):
        count = store.db.execute(
            "SELECT count(*) FROM position_search WHERE position_search MATCH ?", [match(text)]
        ).fetchone()[0]
        kind = "common" if count > COMMON_SHARE * total else "rare"
        for name, options in variants.items():
            samples[kind].setdefault(name, []).append(timed_cpu(ours(text, **options)))
        samples[kind].setdefault("floor", []).append(timed_cpu(floor(text)))
    samples["mixed"] = {
        name: samples["common"].get(name, []) + samples["rare"].get(name, [])
        for name in [*variants, "floor"]
    }

    size_mb = build["bytes"] / 1e6
    rows = [
        Row(
            f"search store: {build['positions']:,} positions, {build['sections']:,} sections",
            (build["rows_s"] + build["index_s"]) * 1000,
            note=f"rows {build['rows_s']} s + index {build['index_s']} s; {size_mb:,.0f} MB",
        )
    ]
    for kind in ("common", "rare", "mixed"):
        floors = samples[kind].get("floor", [])
        if not floors:
            continue
        for name in variants:
            if name != "search" and kind != "mixed":
                continue
            mine = samples[kind][name]
            for label, share in (("p50", 0.5), ("p95", 0.95)):
                wall = percentile([t[0] for t in mine], share)
                cpu = percentile([t[1] for t in mine], share)
                floor_wall = percentile([t[0] for t in floors], share)
                floor_cpu = percentile([t[1] for t in floors], share)
                rows.append(
                    Row(
                        f"{name}, {kind} ({len(mine)} queries) {label}",
                        wall,
                        "plain FTS5 ORDER BY rank LIMIT 20",
                        floor_wall,
                        goal="p95 < 50 ms" if label == "p95" else "",
                        note=f"CPU {cpu:.1f} ms vs {floor_cpu:.1f} ms",
                    )
                )
    rows += extras(store, vocabulary)
    return rows


def extras(store: Store, vocabulary: Vocabulary) -> list[Row]:
    """Prefix, filtered and suggestion calls: medians over a handful of runs."""
    rng = random.Random(5)
    common = vocabulary.words[:50]
    rows = []
    cases = {
        "prefix 'strateg*'": lambda: store.search("strateg*"),
        "as-you-type 'kompetens' (prefix_last)": lambda: store.search(
            "kompetens", prefix_last=True
        ),
        "phrase '\"life science\"'": lambda: store.search('"life science"'),
        "filter organisation + common word": lambda: store.search(
            rng.choice(common), organisation=rng.randint(1, ORGANISATIONS)
        ),
        "filter status + date range + common word": lambda: store.search(
            rng.choice(common), status="skickad", date_from="2020-01-01", date_to="2021-12-31"
        ),
        "filter remiss + common word": lambda: store.search(
            rng.choice(common), remiss_id=rng.randint(1, 100)
        ),
        "suggestions (similar_positions)": lambda: store.similar_positions(
            rng.randint(1, SECTIONS_PER_REMISS * 100), limit=10
        ),
    }
    for name, fn in cases.items():
        times = [timed_cpu(fn) for _ in range(21)]
        wall, cpu = [t[0] for t in times], [t[1] for t in times]
        rows.append(
            Row(
                f"{name}",
                statistics.median(wall),
                note=f"p95 {percentile(wall, 0.95):.1f} ms; CPU p50 {statistics.median(cpu):.1f}",
            )
        )
    return rows
