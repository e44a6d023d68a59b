"""Store write latency: one position text update (the TUI's save), next to a bare sqlite3
UPDATE of the same row on the same kind of file (WAL, synchronous=NORMAL) as the floor."""

from __future__ import annotations

import sqlite3
import tempfile
from pathlib import Path

from tests.bench import Row, interleaved_ms
from workbench.store import open_store
from workbench.usecases.demo import load_demo


def run() -> list[Row]:
    with tempfile.TemporaryDirectory() as folder:
        store = open_store(Path(folder) / "bench.db")
        load_demo(store)
        position = store.positions(store.list_responses()[0].id)[0]
        raw = sqlite3.connect(Path(folder) / "bench.db", isolation_level=None)
        raw.execute("PRAGMA synchronous = NORMAL")
        counter = iter(range(10**9))

        def through_store() -> None:
            store.update_position(position.id, text=f"text {next(counter)}")

        def bare_update() -> None:
            raw.execute(
                "UPDATE positions SET text = ? WHERE id = ?", [f"raw {next(counter)}", position.id]
            )

        store_ms, floor_ms = interleaved_ms(through_store, bare_update, repeat=200)
        raw.close()
        store.close()
    return [
        Row(
            "save one position (store.update_position)",
            store_ms,
            "bare sqlite3 UPDATE",
            floor_ms,
            goal="write < 5 ms",
        )
    ]
