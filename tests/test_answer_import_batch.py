"""A batch of answers read by several processes (issue 18's speed): the same responses as
read one by one, in the same order; a broken file still fails the batch and writes nothing."""

from __future__ import annotations

import os
import shutil

import pytest

from tests.answer_files import accept_offered, write_seed_docx
from workbench.ingest import IngestError
from workbench.store import open_store
from workbench.usecases import answer_import
from workbench.usecases.answer_import import import_answers

LIFE_SCIENCE = "RS 2019-0751"


def _batch(tmp_path):
    seeds = [write_seed_docx(seed, tmp_path) for seed in ("000", "003", "004")]
    paths = []
    for copy in range(2):
        for seed in seeds:
            target = tmp_path / f"{copy}-{seed.name}"
            shutil.copy(seed, target)
            paths.append(target)
    return paths


def _stored(store, remiss_id):
    return [
        (
            response.organisation_id,
            [(p.section_id, p.stance, p.text, p.placed_by) for p in response.positions],
        )
        for response, _ in store.compilation_answers(remiss_id)
    ]


def test_a_batch_read_by_processes_is_stored_as_read_one_by_one(demo_db, tmp_path, monkeypatch):
    paths = _batch(tmp_path)
    copy = tmp_path / "copy.db"
    shutil.copy(demo_db, copy)
    with open_store(demo_db) as store:
        remiss_id = store.remiss_by_dnr(LIFE_SCIENCE).id
        alone = import_answers(store, remiss_id, paths, again=True, confirm=accept_offered)
        expected = _stored(store, remiss_id)
    monkeypatch.setattr(answer_import, "FILES_PER_PROCESS", 3)
    monkeypatch.setattr(answer_import, "_cores", lambda: 2)
    readers = tmp_path / "readers.txt"
    parse = answer_import._parse

    def noted(path, *rest):
        with readers.open("a") as out:
            out.write(f"{os.getpid()}\n")
        return parse(path, *rest)

    monkeypatch.setattr(answer_import, "_parse", noted)
    with open_store(copy) as store:
        together = import_answers(store, remiss_id, paths, again=True, confirm=accept_offered)
        assert _stored(store, remiss_id) == expected
    pids = set(readers.read_text().split())
    assert str(os.getpid()) not in pids and len(pids) == 2  # read by two other processes
    assert [(r.path, r.organisation, r.positions, r.overall_stance) for r in together] == [
        (r.path, r.organisation, r.positions, r.overall_stance) for r in alone
    ]


def test_a_broken_file_in_a_batch_read_by_processes_writes_nothing(
    demo_store, tmp_path, monkeypatch
):
    paths = _batch(tmp_path)
    broken = tmp_path / "trasig.docx"
    broken.write_bytes(b"PK\x03\x04 inte en Word-fil")
    paths.insert(4, broken)
    monkeypatch.setattr(answer_import, "FILES_PER_PROCESS", 3)
    monkeypatch.setattr(answer_import, "_cores", lambda: 2)
    remiss_id = demo_store.remiss_by_dnr(LIFE_SCIENCE).id
    before = len(demo_store.compilation_answers(remiss_id))
    with pytest.raises(IngestError, match=r"trasig\.docx"):
        import_answers(demo_store, remiss_id, paths, again=True, confirm=accept_offered)
    assert len(demo_store.compilation_answers(remiss_id)) == before
