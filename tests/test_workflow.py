"""The review workflow as a table: every pair of statuses, allowed or not; who is acting."""

from __future__ import annotations

import itertools

import pytest

from tests.test_import_hygiene import imported_after
from workbench.core.model import Event, Status
from workbench.errors import InvalidInput
from workbench.review.workflow import (
    READ_ONLY_MESSAGE,
    SYSTEM_ACTOR,
    actor_of,
    allowed_next,
    current_user,
    describe_event,
    is_read_only,
    parse_status,
    status_label,
    transition,
)

S = Status
ALLOWED = {
    (S.UTKAST, S.GRANSKNING),
    (S.GRANSKNING, S.ATERGIVEN),
    (S.ATERGIVEN, S.GRANSKNING),
    (S.GRANSKNING, S.GODKAND),
    (S.GODKAND, S.BESLUTAD),
    (S.BESLUTAD, S.SKICKAD),
    (S.GODKAND, S.UTKAST),
    (S.BESLUTAD, S.UTKAST),
    (S.SKICKAD, S.UTKAST),
}
REOPENING = {(S.GODKAND, S.UTKAST), (S.BESLUTAD, S.UTKAST), (S.SKICKAD, S.UTKAST)}
EVERY_PAIR = list(itertools.product(Status, Status))


@pytest.mark.parametrize(("current", "new"), sorted(ALLOWED))
def test_allowed_transitions(current, new):
    message = "Fel beslutsorgan" if (current, new) in REOPENING else ""
    move = transition(current, new, message)
    assert (move.from_status, move.to_status) == (current, new)
    assert move.needs_reason == ((current, new) in REOPENING)
    assert move.label == f"{current.label} → {new.label}"


@pytest.mark.parametrize(("current", "new"), [p for p in EVERY_PAIR if p not in ALLOWED])
def test_forbidden_transitions_say_why_in_swedish(current, new):
    with pytest.raises(InvalidInput) as error:
        transition(current, new, "med ett meddelande")
    text = str(error.value)
    if current == new:
        assert text == f"Yttrandet har redan status {current.label}."
    else:
        assert text.startswith(f"Kan inte gå från {current.label} till {new.label};")
        for allowed in allowed_next(current):
            assert allowed.label in text


def test_the_table_has_every_pair():
    assert len(EVERY_PAIR) == 36
    assert len(ALLOWED) == 9
    assert {(c, n) for c in Status for n in allowed_next(c)} == ALLOWED


@pytest.mark.parametrize(("current", "new"), sorted(REOPENING))
@pytest.mark.parametrize("message", ["", "   "])
def test_reopening_needs_a_reason(current, new, message):
    with pytest.raises(InvalidInput, match="Ange ett skäl"):
        transition(current, new, message)


def test_read_only_statuses():
    assert {s for s in Status if is_read_only(s)} == {S.GODKAND, S.BESLUTAD, S.SKICKAD}
    assert "skrivskyddat" in READ_ONLY_MESSAGE


def test_status_from_key_or_label():
    assert parse_status("granskning") is S.GRANSKNING
    assert parse_status("För granskning") is S.GRANSKNING
    assert parse_status("åter till handläggaren") is S.ATERGIVEN
    with pytest.raises(InvalidInput, match="Okänd status 'klar'"):
        parse_status("klar")
    assert status_label("godkand") == "Godkänd"
    assert status_label("något annat") == "något annat"


def test_current_user_prefers_by_then_environment_then_os(monkeypatch):
    monkeypatch.setenv("WORKBENCH_USER", "greta")
    assert current_user("hanna") == "hanna"
    assert current_user(None) == "greta"
    assert current_user("  ") == "greta"
    monkeypatch.delenv("WORKBENCH_USER")
    monkeypatch.setenv("LOGNAME", "osanvandare")
    assert current_user() == "osanvandare"


def test_events_read_as_swedish_sentences():
    sent = Event("status", 1, "hanna", "utkast", "granskning", "Klar för granskning")
    assert describe_event(sent) == (
        "skickade för granskning (Utkast → För granskning): Klar för granskning"
    )
    assert describe_event(sent, with_message=False) == (
        "skickade för granskning (Utkast → För granskning)"
    )
    back = Event("status", 1, "greta", "granskning", "atergiven")
    assert describe_event(back).startswith("skickade tillbaka till handläggaren")
    comment = Event("comment", 1, "greta", message="#3 på avsnitt 4.1: Tydligare.")
    assert describe_event(comment) == "kommenterade #3 på avsnitt 4.1: Tydligare."
    assert describe_event(Event("version", 1, message="version 2")) == "sparade version 2"
    assert describe_event(Event("create", 1, message="Demodata")) == "skapade yttrandet: Demodata"


def test_pure_review_modules_import_neither_textual_nor_the_store():
    loaded = imported_after(
        [
            "workbench.review.workflow",
            "workbench.review.snapshot",
            "workbench.review.diff",
            "workbench.review.report",
        ]
    )
    assert not {m for m in loaded if m == "textual" or m.startswith("textual.")}
    assert "workbench.store" not in loaded
    assert "sqlite_utils" not in loaded


def test_every_event_names_who_did_it():
    """Issue 15: no bare dash in the log; an event no one was named for (an older store's demo
    data) was the workbench's own."""
    assert actor_of(Event("status", actor="Anna")) == "Anna"
    assert actor_of(Event("create", actor=" ")) == SYSTEM_ACTOR == "Arbetsbänken"
