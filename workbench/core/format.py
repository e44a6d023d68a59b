"""Small text helpers shared by the screens (Swedish wording of dates, progress, markers)."""

from __future__ import annotations

import datetime as dt

from workbench.core.model import days_left


def reply_by_text(reply_by: dt.date | None, today: dt.date | None = None) -> tuple[str, str]:
    """ "2026-12-01 (om 8 d)" and a style: overdue and under seven days stand out."""
    if reply_by is None:
        return "–", ""
    left = days_left(reply_by, today)
    assert left is not None
    if left < 0:
        return f"{reply_by.isoformat()} ({-left} d sen)", "bold red"
    if left == 0:
        return f"{reply_by.isoformat()} (i dag)", "bold red"
    style = "bold yellow" if left < 7 else ""
    return f"{reply_by.isoformat()} (om {left} d)", style


def progress_text(answered: int, total: int) -> str:
    return f"{answered}/{total}"
