"""Review speed on a 60-section response (two positions a section, ~80 words each, cut from
the demo strategy's own text): the diff of two versions, and taking a version snapshot.
Floors beside them, from the same run: parsing the two stored snapshots (diff) and reading
the response (snapshot)."""

from __future__ import annotations

import random
import statistics
import tempfile
import tomllib
from collections.abc import Callable
from pathlib import Path

from tests.bench import Row, interleaved_ms, median_ms, times_ms
from workbench.core.model import Organisation, Position, Remiss, Section
from workbench.review import diff as diffs
from workbench.review import snapshot as snapshots
from workbench.store import Store, open_store
from workbench.usecases.demo import DATA_DIR, load_demo
from workbench.usecases.review import diff_response


def _words() -> list[str]:
    data = tomllib.loads((DATA_DIR / "remiss_rs_2019_0751.toml").read_text(encoding="utf-8"))
    return " ".join(s.get("body", "") for s in data["sections"]).split()


WORDS = _words()


def _text(rng: random.Random, words: int = 80) -> str:
    start = rng.randrange(len(WORDS) - words)
    return " ".join(WORDS[start : start + words])


def build(store: Store) -> tuple[int, int, int]:
    """A 60-section response, version 1, edits a reviewer would see, version 2."""
    rng = random.Random(6)
    org = store.add_organisation(Organisation("Bänkstad", subject="Bänkstad"))
    remiss = store.add_remiss(
        Remiss(
            "Sextio avsnitt",
            sections=[
                Section(f"{i // 6 + 1}.{i % 6 + 1}", f"Avsnitt {i}", 2, _text(rng, 40))
                for i in range(60)
            ],
        )
    )
    response = store.new_response(remiss.id, org.id, summary=_text(rng, 120))
    for section in remiss.sections:
        for stance in ("tillstyrker", "foreslar"):
            store.add_position(response.id, Position(stance, _text(rng), section_id=section.id))
    first = store.save_version(response.id, "före", "bänk")
    positions = store.positions(response.id)
    for position in positions[0:20:2]:
        store.update_position(position.id, stance="tillstyrker_delvis")
    for position in positions[20:60:2]:
        words = position.text.split()
        words[10:13] = ["omformulerat", "och", "förtydligat"]
        store.update_position(position.id, text=" ".join(words))
    for position in positions[60:66:2]:
        store.update_position(position.id, section_id=remiss.sections[0].id)
    for section in remiss.sections[70 // 2 : 40]:
        store.add_position(response.id, Position("anser", _text(rng), section_id=section.id))
    for position in positions[100:102]:
        store.delete_position(position.id)
    store.update_response(response.id, our_dnr="KS 2026/60", summary=_text(rng, 120))
    second = store.save_version(response.id, "efter", "bänk")
    return response.id, first.number, second.number


def _spread(fn: Callable[[], object], repeat: int = 40) -> tuple[float, float]:
    """Median and minimum in ms. The minimum is the cost on an idle machine: on a shared,
    loaded one the median also holds time slices lost to other processes."""
    times = times_ms(fn, repeat)
    return statistics.median(times), min(times)


def run() -> list[Row]:
    rows = []
    with tempfile.TemporaryDirectory() as folder:
        store = open_store(Path(folder) / "bench.db")
        response_id, first, second = build(store)
        sample = diff_response(store, response_id, first, second)
        changes = sum(len(s.changes) for s in sample.sections)
        assert changes and sample.fields

        def parse_both() -> None:
            for number in (first, second):
                snapshots.from_json(store.version_by_number(response_id, number).snapshot)

        diff_ms, parse_ms = interleaved_ms(
            lambda: diff_response(store, response_id, first, second), parse_both, repeat=40
        )
        _, diff_min = _spread(lambda: diff_response(store, response_id, first, second))
        rows.append(
            Row(
                "diff of two versions, 60 sections (review.diff_response)",
                diff_ms,
                "read + parse both snapshots",
                parse_ms,
                goal="< 50 ms",
                note=f"min {diff_min:.1f} ms; {len(sample.sections)} sections,"
                f" {changes} position changes",
            )
        )
        old = snapshots.from_json(store.version_by_number(response_id, first).snapshot)
        new = snapshots.from_json(store.version_by_number(response_id, second).snapshot)
        sections = store.sections(store.get_response(response_id).remiss_id)
        vocabulary = store.vocabulary(None)
        pure_ms, pure_min = _spread(lambda: diffs.diff(old, new, sections, vocabulary))
        rows.append(
            Row("  of which the pure diff (diff.diff)", pure_ms, note=f"min {pure_min:.1f} ms")
        )
        rows.append(
            Row(
                "  and its text rendering (diff.render_text)",
                median_ms(lambda: diffs.render_text(sample), repeat=40),
            )
        )
        save_ms, read_ms = interleaved_ms(
            lambda: store.save_version(response_id, "bänk", "bänk"),
            lambda: store.get_response(response_id),
            repeat=40,
        )
        _, save_min = _spread(lambda: store.save_version(response_id, "bänk", "bänk"))
        rows.append(
            Row(
                "version snapshot, 60 sections (store.save_version)",
                save_ms,
                "store.get_response",
                read_ms,
                goal="< 20 ms",
                note=f"min {save_min:.1f} ms; 121 positions, ~100 kB, own transaction",
            )
        )
        store.close()

        demo = open_store(Path(folder) / "demo.db")
        load_demo(demo)
        stad = next(s.id for s in demo.list_responses() if s.organisation == "Stockholms stad")
        rows.append(
            Row(
                "demo: default diff, Stockholms stad (16 positions)",
                median_ms(lambda: diff_response(demo, stad), repeat=40),
            )
        )
        rows.append(
            Row(
                "demo: open comment counts per section",
                median_ms(lambda: demo.open_comment_counts(stad), repeat=40),
            )
        )
        demo.close()
    return rows
