"""Migration 0006 on a store that already holds data: versions keep their snapshots and get a
cause, approved responses become read-only, and a backup is taken first."""

from __future__ import annotations

import json
import shutil
import sqlite3

import pytest

from workbench import paths
from workbench.errors import InvalidInput
from workbench.review import snapshot as snapshots
from workbench.store import open_store
from workbench.store.connection import applied_migrations, connect, migrate


def test_an_existing_store_migrates_with_its_data(tmp_path, db_path):
    old = tmp_path / "before_0006"
    old.mkdir()
    for file in sorted(paths.migrations_dir().glob("*.sql")):
        if file.name < "0006":
            shutil.copy(file, old / file.name)
    db = connect(db_path)
    migrate(db, db_path, old)
    db.execute("INSERT INTO organisations (id, name, subject) VALUES (1, 'Locum AB', 'Locum')")
    db.execute("INSERT INTO remisses (id, title) VALUES (1, 'Strategin')")
    db.execute(
        "INSERT INTO sections (id, remiss_id, ord, number, title) VALUES (1, 1, 0, '1', 'a')"
    )
    db.execute(
        "INSERT INTO responses (id, remiss_id, organisation_id, status, our_dnr)"
        " VALUES (1, 1, 1, 'godkand', 'LOC 1')"
    )
    db.execute(
        "INSERT INTO positions (id, response_id, section_id, stance, text)"
        " VALUES (1, 1, 1, 'tillstyrker', 'förslaget.')"
    )
    # A version as the foundation wrote it: dataclasses.asdict(response) as JSON.
    old_snapshot = {
        "kind": "remissvar",
        "our_dnr": "LOC 1",
        "status": "godkand",
        "positions": [{"id": 1, "section_id": 1, "stance": "tillstyrker", "text": "förslaget."}],
    }
    db.execute(
        "INSERT INTO versions (response_id, number, label, snapshot) VALUES (1, 1, 'Första', ?)",
        [json.dumps(old_snapshot)],
    )
    db.execute("INSERT INTO comments (response_id, section_id, text) VALUES (1, 1, 'Bra.')")
    db.conn.commit()
    db.close()

    with open_store(db_path) as store:
        assert "0006_review" in applied_migrations(store.db)
        (version,) = store.versions(1)
        assert (version.label, version.cause) == ("Första", "manual")
        restored = snapshots.from_json(version.snapshot)
        assert restored.fields["our_dnr"] == "LOC 1"
        assert [(p.id, p.text) for p in restored.positions] == [(1, "förslaget.")]
        assert [c.text for c in store.comments(1)] == ["Bra."]
        assert store.list_responses()[0].open_comments == 1
        with pytest.raises(InvalidInput, match="skrivskyddat"):
            store.update_response(1, our_dnr="LOC 2")
        with pytest.raises(sqlite3.IntegrityError, match="skrivskyddat"):
            store.db.execute("UPDATE positions SET text = 'x' WHERE id = 1")
        store.set_status(1, "utkast", "hanna", "Rättelse")
        store.update_position(1, text="förslaget i sin helhet.")
        assert store.versions(1)[-1].cause == "transition"
    assert list(db_path.parent.glob("store.before-0006_review.*.db"))
