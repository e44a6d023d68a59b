"""Migrations: applied in order on an empty store; an existing store is backed up first."""

from __future__ import annotations

import shutil

import pytest

from workbench import paths
from workbench.errors import StoreError
from workbench.store import open_store
from workbench.store.connection import applied_migrations, available_migrations, connect, migrate


def test_an_empty_store_gets_every_migration(db_path):
    with open_store(db_path) as store:
        names = applied_migrations(store.db)
    assert names == [name for name, _ in available_migrations()]
    assert names[0] == "0001_initial"
    assert not list(db_path.parent.glob("*.before-*"))  # nothing to back up on a new store


def test_reopening_applies_nothing(db_path):
    open_store(db_path).close()
    db = connect(db_path)
    assert migrate(db, db_path) == []
    db.close()


def test_an_existing_store_is_backed_up_before_a_new_migration(tmp_path, db_path):
    # The store as the previous schema left it: only the bundled migrations.
    old = tmp_path / "old_migrations"
    shutil.copytree(paths.migrations_dir(), old)
    db = connect(db_path)
    migrate(db, db_path, old)
    db.execute("INSERT INTO organisations (name, subject) VALUES ('Locum AB', 'Locum')")
    db.close()

    new = tmp_path / "new_migrations"
    shutil.copytree(old, new)
    (new / "9001_add_note.sql").write_text("ALTER TABLE organisations ADD COLUMN note TEXT;")
    db = connect(db_path)
    assert migrate(db, db_path, new) == ["9001_add_note"]
    assert db.execute("SELECT name, note FROM organisations").fetchall() == [("Locum AB", None)]
    db.close()

    (backup,) = db_path.parent.glob("store.before-9001_add_note.*.db")
    copy = connect(backup)
    assert "note" not in copy["organisations"].columns_dict
    assert copy.execute("SELECT name FROM organisations").fetchall() == [("Locum AB",)]
    assert "9001_add_note" not in applied_migrations(copy)
    copy.close()


def test_a_failing_migration_changes_nothing(tmp_path, db_path):
    broken = tmp_path / "broken"
    shutil.copytree(paths.migrations_dir(), broken)
    (broken / "9002_broken.sql").write_text(
        "ALTER TABLE organisations ADD COLUMN half TEXT;\nTHIS IS NOT SQL;"
    )
    db = connect(db_path)
    with pytest.raises(StoreError, match="9002_broken"):
        migrate(db, db_path, broken)
    assert "half" not in db["organisations"].columns_dict
    assert "9002_broken" not in applied_migrations(db)
    db.close()
