"""Benchmarks (`make bench`). Never run by the unit suite; no timing is ever asserted.

Each `bench_*.py` module has `run() -> list[Row]`. A row reports a median over repeated runs and,
where the issue names one, the floor measured side by side in the same run, as a ratio: these
machines are shared and noisy, so only same-run comparisons mean anything.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass


@dataclass
class Row:
    name: str
    median_ms: float
    floor_name: str = ""
    floor_ms: float | None = None
    goal: str = ""
    note: str = ""
    unit: str = "ms"  # what median_ms and floor_ms hold: "ms", or "MiB" for memory rows

    @property
    def ratio(self) -> float | None:
        if self.floor_ms in (None, 0):
            return None
        return self.median_ms / self.floor_ms


def times_ms(fn: Callable[[], object], repeat: int = 15, warmup: int = 2) -> list[float]:
    """Wall times of `fn` in milliseconds, one per run after the warm-up."""
    for _ in range(warmup):
        fn()
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return times


def median_ms(fn: Callable[[], object], repeat: int = 15, warmup: int = 2) -> float:
    """Median wall time of `fn` in milliseconds."""
    return statistics.median(times_ms(fn, repeat, warmup))


def interleaved_ms(
    subject: Callable[[], object], floor: Callable[[], object], repeat: int = 15
) -> tuple[float, float]:
    """Medians of two functions timed alternately, so both see the same machine load."""
    subject()
    floor()
    a, b = [], []
    for _ in range(repeat):
        start = time.perf_counter()
        subject()
        a.append((time.perf_counter() - start) * 1000)
        start = time.perf_counter()
        floor()
        b.append((time.perf_counter() - start) * 1000)
    return statistics.median(a), statistics.median(b)
