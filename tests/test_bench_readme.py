"""`make bench` fills the README's Mätningar table between its markers, and only there."""

from __future__ import annotations

import datetime as dt

from tests.bench import Row
from tests.bench.readme import END, START, table, write_readme


def test_the_table_between_the_markers_is_replaced(tmp_path):
    readme = tmp_path / "README.md"
    readme.write_text(f"# Titel\n\n## Mätningar\n\n{START}\ngammalt\n{END}\n\n## Efter\n")
    rows = [
        Row("save one position (store.update_position)", 0.12, "bare sqlite3 UPDATE", 0.03),
        Row("something not in the README", 5.0),
    ]
    assert write_readme(rows, "testmaskin", readme)
    text = readme.read_text()
    assert "gammalt" not in text and text.endswith(f"{END}\n\n## Efter\n")
    assert "| save one position (store.update_position) | 0.12 ms | bare sqlite3 UPDATE" in text
    assert "4.00×" in text and "testmaskin" in text and "not in the README" not in text


def test_no_markers_no_change(tmp_path):
    readme = tmp_path / "README.md"
    readme.write_text("# Titel\n")
    assert not write_readme([], "m", readme)
    assert readme.read_text() == "# Titel\n"


def test_memory_rows_show_mib_and_others_ms():
    memory = Row("peak memory (VmHWM) after first paint", 46.3, unit="MiB")
    assert "| 46 MiB |" in table([memory], "m", dt.date(2026, 11, 23))
    # A note that speaks of memory does not make a timing a memory figure.
    pdf = Row("import 306-page PDF (read_remiss)", 6219.0, "pypdf", 6120.0, note="peak 48 MiB")
    assert "| 6219 ms | pypdf | 6120 ms |" in table([pdf], "m", dt.date(2026, 11, 23))
