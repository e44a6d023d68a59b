"""The bundled demo: complete, idempotent, and what `make run` opens on."""

from __future__ import annotations

import json

import pytest

from workbench.core.model import Kind, Status
from workbench.usecases.demo import load_demo

STRATEGY_NUMBERS = [
    "1",
    "2",
    "3",
    "3.1",
    "3.2",
    "3.3",
    "3.4",
    "4",
    "4.1",
    "4.2",
    "4.3",
    "4.4",
    "4.5",
]


def test_loading_twice_gives_the_same_counts(store):
    first = load_demo(store)
    counts = store.counts()
    second = load_demo(store)
    assert (first.remisses_added, first.responses_added, first.organisations_added) == (2, 4, 4)
    assert (second.remisses_added, second.responses_added, second.organisations_added) == (0, 0, 0)
    assert store.counts() == counts


def test_a_loaded_response_keeps_the_officers_edits(store):
    load_demo(store)
    summary = next(s for s in store.list_responses() if s.organisation == "Stockholms stad")
    store.update_response(summary.id, our_dnr="KS 2025/999")
    load_demo(store)
    assert store.get_response(summary.id).our_dnr == "KS 2025/999"


def test_the_strategy_has_its_thirteen_sections(demo_store):
    remiss = demo_store.remiss_by_dnr("RS 2019-0751")
    assert remiss.title == "Life science-strategi för Stockholmsregionen"
    assert remiss.sender == "Region Stockholm"
    assert [s.number for s in remiss.sections] == STRATEGY_NUMBERS
    by_number = {s.number: s for s in remiss.sections}
    assert by_number["4.1"].parent == "4" and by_number["4.1"].level == 2
    for label in ("Nuläge:", "Regionala styrkor:", "Önskat läge 2023:", "Utvecklingsbehov:"):
        assert label in by_number["4.1"].body


def test_the_2025_remiss_holds_the_sections_seed_001_answers(demo_store):
    remiss = demo_store.remiss_by_dnr("RS 2025-0671")
    assert [s.number for s in remiss.sections] == [
        "1.1",
        "1.2.2",
        "A",
        "B",
        "C",
        "D",
        "E",
        "3.3",
        "4.1",
    ]


def test_four_responses_with_their_kinds(demo_store):
    responses = {s.organisation: s for s in demo_store.list_responses()}
    assert {name: r.kind for name, r in responses.items()} == {
        "Locum AB": Kind.YTTRANDE,
        "Huddinge kommun": Kind.TJANSTEUTLATANDE,
        "Stockholm Business Region": Kind.TJANSTEUTLATANDE,
        "Stockholms stad": Kind.REMISSVAR,
    }
    assert responses["Stockholms stad"].status == Status.UTKAST
    assert len({r.remiss_id for r in responses.values()}) == 2


def test_each_response_reached_its_status_through_the_workflow(demo_store):
    """The demo has the history a real case has: a version per transition, logged."""
    responses = {s.organisation: s for s in demo_store.list_responses()}
    moves = {
        name: [(e.from_status, e.to_status) for e in demo_store.events(r.id) if e.to_status]
        for name, r in responses.items()
    }
    assert moves["Stockholms stad"] == []
    assert moves["Huddinge kommun"] == [(Status.UTKAST, Status.GRANSKNING)]
    assert moves["Locum AB"][-1] == (Status.BESLUTAD, Status.SKICKAD)
    assert len(demo_store.versions(responses["Locum AB"].id)) == 4
    huddinge = responses["Huddinge kommun"].id
    sent = demo_store.versions(huddinge)[-1]
    assert sent.status == Status.GRANSKNING
    assert demo_store.current_snapshot(huddinge).to_json() == sent.snapshot
    # Every event names who did it: the creation too, by whoever walks the case on.
    for response in responses.values():
        events = demo_store.events(response.id)
        assert all(event.actor for event in events), response.organisation


def test_stockholms_stad_has_five_summary_points_and_every_section_answered(demo_store):
    summary = next(s for s in demo_store.list_responses() if s.organisation == "Stockholms stad")
    response = demo_store.get_response(summary.id)
    assert (summary.answered, summary.total) == (9, 9)
    flagged = [p for p in response.positions if p.in_summary]
    assert len(flagged) == 5
    assert all(p.summary_override.startswith("Stockholms stad ") for p in flagged)


@pytest.mark.parametrize("command", [["response", "list", "--json"]])
def test_cli_demo_then_list(db_path, capsys, command):
    from workbench.cli import main

    for args in (["demo"], command):
        with pytest.raises(SystemExit) as done:
            main(["--db", str(db_path), *args])
        assert done.value.code == 0
    rows = json.loads(capsys.readouterr().out.split("\n", 1)[1])
    assert len(rows) == 4
    assert len({row["remiss_id"] for row in rows}) == 2
