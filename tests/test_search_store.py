"""Full-text search over positions stays in step with inserts, updates and deletes."""

from __future__ import annotations

import pytest

from workbench.model import Organisation, Position, Remiss, Section
from workbench.store import fts_query


@pytest.fixture
def response_id(store):
    org = store.add_organisation(Organisation("Stockholms stad", subject="Stockholms stad"))
    remiss = store.add_remiss(Remiss("Strategi", sections=[Section("1", "Inledning")]))
    return store.new_response(remiss.id, org.id).id


def texts(store, query):
    return [hit.text for hit in store.search(query)]


def test_search_follows_insert_update_delete(store, response_id):
    position = store.add_position(
        response_id, Position("anser", "att kompetensförsörjningen är viktig", section_id=1)
    )
    (hit,) = store.search("kompetensförsörjningen")
    assert (hit.organisation, hit.section, hit.stance) == ("Stockholms stad", "1", "anser")
    assert "[kompetensförsörjningen]" in hit.snippet

    store.update_position(position.id, text="att datadelning behövs")
    assert texts(store, "kompetensförsörjningen") == []
    assert texts(store, "datadelning") == ["att datadelning behövs"]

    store.delete_position(position.id)
    assert texts(store, "datadelning") == []
    store.db.execute("INSERT INTO positions_fts(positions_fts) VALUES ('integrity-check')")


def test_swedish_letters_are_not_folded(store, response_id):
    store.add_position(response_id, Position("anser", "vår region"))
    store.add_position(response_id, Position("anser", "var finns den"))
    assert texts(store, "vår") == ["vår region"]
    assert texts(store, "var") == ["var finns den"]


def test_prefix_search(store, response_id):
    store.add_position(response_id, Position("anser", "kompetensförsörjning på alla nivåer"))
    assert texts(store, "kompetens*") == ["kompetensförsörjning på alla nivåer"]


@pytest.mark.parametrize(
    "hostile", ['"', "NEAR(a b)", "*", "-", "(((", "a OR", "AND", "kol:umn", "^start", "''", "  "]
)
def test_hostile_queries_never_raise(store, response_id, hostile):
    store.add_position(response_id, Position("anser", "a and near column start"))
    store.search(hostile)  # results or none, never an error
    for term in fts_query(hostile).split():
        assert term.startswith('"')  # every word is quoted: no operator gets through
