"""Upgrades: a store made by the first released schema (tests/fixtures/stores/schema-0001.db,
made by that version's own code, see make_schema_0001.py) opens in this version, is migrated
with a backup kept, and loses nothing: every table of 0001 has the same rows, column by
column, hashed."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from pathlib import Path

import pytest

from tests.conftest import FIXTURES
from workbench.document.compose import compose
from workbench.store import open_store
from workbench.store.backup import check
from workbench.store.connection import applied_migrations, available_migrations

FIXTURE = FIXTURES / "stores" / "schema-0001.db"
# 0005 replaced the unstemmed index of 0001 (positions_fts) by its own: by design, not a loss.
REPLACED = "positions_fts"


def table_digests(path: Path, columns: dict[str, list[str]] | None = None) -> dict:
    """Per table: (row count, sha256 over the sorted rows) for the given columns
    (default: every column the table has)."""
    conn = sqlite3.connect(path)
    try:
        tables = [
            name
            for (name,) in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
                " AND name NOT LIKE ? AND name != 'migrations'",
                [f"{REPLACED}%"],
            )
        ]
        digests = {}
        for table in columns or tables:
            names = (columns or {}).get(table) or [
                row[1] for row in conn.execute(f"PRAGMA table_info({table})")
            ]
            rows = sorted(
                repr(row) for row in conn.execute(f"SELECT {', '.join(names)} FROM {table}")
            )
            digest = hashlib.sha256("\n".join(rows).encode()).hexdigest()
            digests[table] = (len(rows), digest, names)
        return digests
    finally:
        conn.close()


@pytest.fixture
def old_store(tmp_path) -> Path:
    path = tmp_path / "workbench.db"
    shutil.copyfile(FIXTURE, path)
    path.chmod(0o600)  # as that version made it; git keeps no modes
    return path


def test_the_fixture_is_the_first_schema():
    conn = sqlite3.connect(f"file:{FIXTURE}?mode=ro", uri=True)
    try:
        assert [row[0] for row in conn.execute("SELECT name FROM migrations")] == ["0001_initial"]
    finally:
        conn.close()


def test_a_first_schema_store_upgrades_with_a_backup_and_loses_nothing(old_store):
    before = table_digests(old_store)
    assert before["positions"][0] > 40 and before["comments"][0] == 1

    with open_store(old_store) as store:
        assert applied_migrations(store.db) == [name for name, _ in available_migrations()]
        assert store.integrity_ok()
        # The hostile text came through as typed, and the cases still read as documents.
        assert any("👩🏽‍⚖️" in p.text for r in store.list_responses() for p in store.positions(r.id))
        for summary in store.list_responses():
            response = store.get_response(summary.id)
            remiss = store.get_remiss(response.remiss_id)
            organisation = store.get_organisation(response.organisation_id)
            assert compose(response, remiss, organisation).blocks
        # Search works on what was there before search existed.
        assert store.search("life science")

    columns = {table: names for table, (_, _, names) in before.items()}
    after = table_digests(old_store, columns)
    for table, (count, digest, _) in before.items():
        assert after[table][:2] == (count, digest), f"{table} changed in the upgrade"

    (backup,) = old_store.parent.glob("workbench.before-0004_workspace_place.*.db")
    assert table_digests(backup) == before
    assert backup.stat().st_mode & 0o777 == 0o600
    assert check(old_store) == []


def test_the_upgraded_store_opens_again_unchanged(old_store):
    open_store(old_store).close()
    once = table_digests(old_store)
    open_store(old_store).close()
    assert table_digests(old_store) == once
    assert len(list(old_store.parent.glob("*.before-*"))) == 1
