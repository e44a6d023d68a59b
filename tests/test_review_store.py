"""The review in the store: transitions with their log and version, the read-only rule on
every write path, versions that restore exactly, and comment threads."""

from __future__ import annotations

import sqlite3

import pytest

from tests.test_store import make_org, make_remiss
from workbench.core.model import Comment, Position, Response, Signatory, Status
from workbench.errors import InvalidInput, NotFound
from workbench.review import snapshot as snapshots
from workbench.review.workflow import READ_ONLY_MESSAGE


@pytest.fixture
def case(store):
    """A draft with positions on two sections and one on the whole remiss; its positions
    read general first: anser (whole), tillstyrker and foreslar (3.1), avstyrker (A)."""
    org = make_org(store)
    remiss = make_remiss(store)
    sections = {s.number: s for s in remiss.sections}
    response = store.new_response(remiss.id, org.id, our_dnr="LOC 2020-0809")
    for stance, text, number in [
        ("tillstyrker", "förslaget i sin helhet.", "3.1"),
        ("foreslar", "att regionen tar fram en handlingsplan.", "3.1"),
        ("anser", "att strategin är välskriven.", None),
        ("avstyrker", "förslaget om nya strukturer.", "A"),
    ]:
        section_id = sections[number].id if number else None
        store.add_position(response.id, Position(stance, text, section_id=section_id))
    return store, store.get_response(response.id), sections


def approve(store, response_id):
    store.set_status(response_id, "granskning", "hanna")
    return store.set_status(response_id, "godkand", "greta", "Bra.")


# Transitions


def test_a_transition_logs_who_when_why_and_snapshots_a_version(case):
    store, response, _ = case
    change = store.set_status(response.id, "granskning", "hanna", "  Klar för granskning ")
    assert store.get_response(response.id).status == Status.GRANSKNING
    assert change.transition.to_status == Status.GRANSKNING
    event = store.events(response.id)[-1]
    assert (event.action, event.actor, event.from_status, event.to_status, event.message) == (
        "status",
        "hanna",
        "utkast",
        "granskning",
        "Klar för granskning",
    )
    assert event.at.endswith("Z") and event == change.event
    version = store.versions(response.id)[-1]
    assert version == change.version
    assert (version.number, version.author, version.status, version.cause) == (
        1,
        "hanna",
        "granskning",
        "transition",
    )
    assert version.label == "Utkast → För granskning"
    assert snapshots.from_json(version.snapshot).content() == (
        store.current_snapshot(response.id).content()
    )


@pytest.mark.parametrize("target", ["godkand", "beslutad", "skickad", "atergiven", "utkast"])
def test_a_forbidden_transition_changes_nothing(case, target):
    store, response, _ = case
    before = (
        store.get_response(response.id),
        store.events(response.id),
        store.versions(response.id),
    )
    with pytest.raises(InvalidInput):
        store.set_status(response.id, target, "greta")
    after = (
        store.get_response(response.id),
        store.events(response.id),
        store.versions(response.id),
    )
    assert after == before


def test_reopening_needs_a_reason_and_makes_the_response_writable(case):
    store, response, _ = case
    approve(store, response.id)
    with pytest.raises(InvalidInput, match="skäl"):
        store.set_status(response.id, "utkast", "hanna")
    assert store.get_response(response.id).status == Status.GODKAND
    store.set_status(response.id, "utkast", "hanna", "Nämnden vill ha ett tillägg.")
    store.update_response(response.id, our_dnr="LOC 2020-0810")
    assert store.get_response(response.id).our_dnr == "LOC 2020-0810"
    assert store.events(response.id)[-1].message == "Nämnden vill ha ett tillägg."


def test_unknown_status_and_response(case):
    store, response, _ = case
    with pytest.raises(InvalidInput, match="Okänd status"):
        store.set_status(response.id, "klar", "hanna")
    with pytest.raises(NotFound):
        store.set_status(4711, "granskning", "hanna")


def test_status_is_not_a_field(case):
    store, response, _ = case
    with pytest.raises(InvalidInput, match="statusövergång"):
        store.update_response(response.id, status="godkand")
    assert store.get_response(response.id).status == Status.UTKAST


# The read-only rule


def _write_paths(store, response, sections):
    first = response.positions[1]
    paths = {
        "update_response": lambda: store.update_response(response.id, our_dnr="X"),
        "update_response_list": lambda: store.update_response(response.id, attachments=["PM"]),
        "update_response_signatories": lambda: store.update_response(
            response.id, signatories=[Signatory("Ny", "VD")]
        ),
        "delete_response": lambda: store.delete_response(response.id, actor="hanna"),
        "add_position": lambda: store.add_position(
            response.id, Position("anser", "ny", section_id=sections["1"].id)
        ),
        "update_position": lambda: store.update_position(first.id, text="ändrad"),
        "update_position_stance": lambda: store.update_position(first.id, stance="avstyrker"),
        "delete_position": lambda: store.delete_position(first.id),
        "move_position": lambda: store.move_position(first.id, 1),
        "mark_no_comments": lambda: store.mark_no_comments(response.id, sections["3"].id),
        "restore_version": lambda: store.restore_version(response.id, 1, "hanna"),
    }
    assert tuple(paths) == WRITE_PATHS
    return paths


WRITE_PATHS = (
    "update_response",
    "update_response_list",
    "update_response_signatories",
    "delete_response",
    "add_position",
    "update_position",
    "update_position_stance",
    "delete_position",
    "move_position",
    "mark_no_comments",
    "restore_version",
)


@pytest.mark.parametrize("status", ["godkand", "beslutad", "skickad"])
@pytest.mark.parametrize("path", WRITE_PATHS)
def test_every_write_to_an_approved_response_is_refused(case, status, path):
    store, response, sections = case
    approve(store, response.id)
    if status in ("beslutad", "skickad"):
        store.set_status(response.id, "beslutad", "greta")
    if status == "skickad":
        store.set_status(response.id, "skickad", "registrator")
    before = (store.get_response(response.id), store.versions(response.id))
    with pytest.raises(InvalidInput) as error:
        _write_paths(store, response, sections)[path]()
    assert str(error.value) == READ_ONLY_MESSAGE
    assert (store.get_response(response.id), store.versions(response.id)) == before


@pytest.mark.parametrize("path", WRITE_PATHS)
def test_every_write_path_works_before_approval(case, path):
    store, response, sections = case
    store.save_version(response.id, "Första", "hanna")
    _write_paths(store, response, sections)[path]()


def test_comments_versions_and_status_stay_possible_on_an_approved_response(case):
    store, response, sections = case
    approve(store, response.id)
    comment = store.add_comment(
        Comment(response.id, "Bra formulerat.", "greta", section_id=sections["3.1"].id)
    )
    store.add_comment(Comment(response.id, "Tack.", "hanna", parent_id=comment.id))
    store.resolve_comment(comment.id, "greta")
    assert store.save_version(response.id, "Inför nämnden", "hanna").cause == "manual"
    assert store.set_status(response.id, "beslutad", "greta").version.status == "beslutad"


def test_the_schema_refuses_what_a_careless_write_path_would_let_through(case):
    # A backstop under the store's checks: raw SQL cannot change an approved response either.
    store, response, sections = case
    approve(store, response.id)
    first = response.positions[1]
    statements = [
        ("UPDATE responses SET our_dnr = 'X' WHERE id = ?", [response.id]),
        ("UPDATE responses SET section_headings = 0 WHERE id = ?", [response.id]),
        ("UPDATE positions SET text = 'X' WHERE id = ?", [first.id]),
        ("DELETE FROM positions WHERE id = ?", [first.id]),
        (
            "INSERT INTO positions (response_id, section_id, stance, text) VALUES (?, ?, ?, ?)",
            [response.id, sections["1"].id, "anser", "X"],
        ),
    ]
    for sql, params in statements:
        with pytest.raises(sqlite3.IntegrityError, match="skrivskyddat"):
            store.db.execute(sql, params)
    # Status changes and deleting the whole remiss still work.
    store.db.execute("UPDATE responses SET updated_at = 'x' WHERE id = ?", [response.id])
    store.delete_remiss(response.remiss_id)
    assert store.counts()["positions"] == 0


def test_an_approved_response_can_be_added_whole(store):
    # The demo and an imported answer arrive approved, positions included.
    org = make_org(store)
    remiss = make_remiss(store)
    response = store.add_response(
        Response(
            remiss.id,
            org.id,
            status=Status.SKICKAD,
            positions=[Position("tillstyrker", "förslaget.", section_id=remiss.sections[0].id)],
        )
    )
    assert response.status == Status.SKICKAD
    assert [p.text for p in response.positions] == ["förslaget."]


# Versions


def test_restore_gives_back_exactly_the_saved_content(case):
    store, response, sections = case
    store.update_response(
        response.id,
        summary="Locum ser positivt på strategin.",
        meeting_date="2021-02-09",
        attachments=["PM", "Strategin"],
        signatories=[Signatory("Anette Henriksson", "VD")],
        section_headings=False,
    )
    saved = store.save_version(response.id, "Före omarbetning", "hanna")
    wanted = snapshots.from_json(saved.snapshot)

    general, first, second, last = store.get_response(response.id).positions
    store.update_response(
        response.id,
        summary="Helt annan text.",
        meeting_date=None,
        attachments=[],
        signatories=None,
        section_headings=True,
        kind="remissvar",
    )
    store.update_position(first.id, stance="tillstyrker_delvis", text="förslaget delvis.")
    store.move_position(second.id, -1)
    store.update_position(general.id, section_id=sections["4"].id, in_summary=True)
    store.delete_position(last.id)
    store.add_position(response.id, Position("noterar", "ny", section_id=sections["1"].id))
    assert store.current_snapshot(response.id).content() != wanted.content()

    restored = store.restore_version(response.id, saved.number, "hanna")
    now = store.current_snapshot(response.id)
    assert now.content() == wanted.content()
    assert now == wanted  # ids too: the deleted position came back under its own id
    assert snapshots.from_json(restored.snapshot) == wanted
    assert (restored.number, restored.cause, restored.label) == (
        2,
        "restore",
        "Återställd från version 1",
    )
    assert [v.number for v in store.versions(response.id)] == [1, 2]  # nothing deleted
    assert store.events(response.id)[-1].action == "restore"


def test_restore_keeps_comments_on_positions(case):
    store, response, _ = case
    position = response.positions[0]
    saved = store.save_version(response.id)
    comment = store.add_comment(Comment(response.id, "Varför?", "greta", position_id=position.id))
    store.update_position(position.id, text="annat")
    store.restore_version(response.id, saved.number)
    assert store.get_comment(comment.id).position_id == position.id
    assert store.get_position(position.id).text == response.positions[0].text


def test_restoring_an_unknown_version_changes_nothing(case):
    store, response, _ = case
    store.save_version(response.id)
    before = (
        store.get_response(response.id),
        store.versions(response.id),
        store.events(response.id),
    )
    with pytest.raises(NotFound, match="har ingen version 9"):
        store.restore_version(response.id, 9, "hanna")
    assert (
        store.get_response(response.id),
        store.versions(response.id),
        store.events(response.id),
    ) == before
    with pytest.raises(NotFound, match="Yttrande 4711 finns inte"):
        store.restore_version(4711, 1, "hanna")


def test_restoring_onto_a_section_that_is_gone_changes_nothing(case):
    store, response, sections = case
    saved = store.save_version(response.id)
    # The officer answered 3.1 in the version, then moved those positions; the section goes.
    for position in store.section_positions(response.id, sections["3.1"].id):
        store.update_position(position.id, section_id=sections["1"].id)
    store.db.execute("DELETE FROM sections WHERE id = ?", [sections["3.1"].id])
    before = store.get_response(response.id)
    with pytest.raises(InvalidInput, match=r"3\.1 finns inte längre"):
        store.restore_version(response.id, saved.number)
    assert store.get_response(response.id) == before


def test_the_foundations_snapshot_format_still_reads(case):
    # The first save_version stored dataclasses.asdict(response) as JSON.
    import dataclasses
    import json

    store, response, _ = case
    old = json.dumps(dataclasses.asdict(response), ensure_ascii=False, default=str)
    read = snapshots.from_json(old)
    now = store.current_snapshot(response.id)
    assert read.fields == now.fields
    assert [(p.id, p.stance, p.text, p.order) for p in read.positions] == [
        (p.id, p.stance, p.text, p.order) for p in now.positions
    ]


def test_review_base_is_the_version_sent_before_the_round_under_way(case):
    store, response, _ = case
    assert store.review_base(response.id) is None
    first = store.set_status(response.id, "granskning", "hanna").version
    assert store.review_base(response.id) is None  # round one: nothing reviewed before
    store.set_status(response.id, "atergiven", "greta")
    assert store.review_base(response.id) == first
    store.save_version(response.id, "Mellanversion", "hanna")
    assert store.review_base(response.id) == first
    store.set_status(response.id, "granskning", "hanna")
    assert store.review_base(response.id) == first  # round two compares with round one
    store.set_status(response.id, "godkand", "greta")
    assert store.review_base(response.id).number == 4  # the version sent, then approved


# Comments


def test_comments_on_sections_positions_and_the_whole_with_replies(case):
    store, response, sections = case
    position = response.positions[1]
    on_section = store.add_comment(
        Comment(response.id, "Tydligare.", "greta", section_id=sections["3.1"].id)
    )
    on_position = store.add_comment(
        Comment(response.id, "Varför i sin helhet?", "greta", position_id=position.id)
    )
    on_whole = store.add_comment(Comment(response.id, "Saknar sammanfattning.", "greta"))
    reply = store.add_comment(Comment(response.id, "Ändrat.", "hanna", parent_id=on_position.id))
    nested = store.add_comment(Comment(response.id, "Bra.", "greta", parent_id=reply.id))
    assert on_position.section_id == sections["3.1"].id  # a position's comment is on its section
    assert (reply.parent_id, reply.position_id, reply.section_id) == (
        on_position.id,
        position.id,
        sections["3.1"].id,
    )
    assert nested.parent_id == on_position.id  # replies join the thread

    threads = store.comment_threads(response.id)
    assert [t.id for t in threads] == [on_section.id, on_position.id, on_whole.id]
    assert [r.id for r in threads[1].replies] == [reply.id, nested.id]
    assert [t.id for t in store.section_comment_threads(response.id, sections["3.1"].id)] == [
        on_section.id,
        on_position.id,
    ]
    assert [t.id for t in store.section_comment_threads(response.id, None)] == [on_whole.id]
    assert store.open_comment_counts(response.id) == {sections["3.1"].id: 2, None: 1}
    assert store.list_responses()[0].open_comments == 3

    resolved = store.resolve_comment(nested.id, "greta")  # a reply resolves its thread
    assert resolved.id == on_position.id and resolved.resolved_by == "greta"
    assert store.open_comment_counts(response.id) == {sections["3.1"].id: 1, None: 1}
    assert [t.id for t in store.comment_threads(response.id, open_only=True)] == [
        on_section.id,
        on_whole.id,
    ]
    with pytest.raises(InvalidInput, match="redan löst"):
        store.resolve_comment(on_position.id, "greta")
    reopened = store.reopen_comment(on_position.id, "hanna")
    assert reopened.resolved_at == "" and reopened.resolved_by == ""
    with pytest.raises(InvalidInput, match="inte löst"):
        store.reopen_comment(on_position.id, "hanna")
    actions = [e.action for e in store.events(response.id)]
    assert actions[-7:] == [
        "comment",
        "comment",
        "comment",
        "reply",
        "reply",
        "resolve",
        "reopen_comment",
    ]


def test_a_comment_on_a_position_follows_it_to_another_section(case):
    store, response, sections = case
    position = response.positions[1]
    comment = store.add_comment(Comment(response.id, "Flytta?", "greta", position_id=position.id))
    store.update_position(position.id, section_id=sections["A"].id)
    assert store.get_comment(comment.id).section_id == sections["A"].id
    assert store.open_comment_counts(response.id) == {sections["A"].id: 1}


def test_bad_comments_change_nothing(case):
    store, response, sections = case
    other_remiss = make_remiss(store, dnr="RS 2025-0671")
    other = store.new_response(other_remiss.id, response.organisation_id)
    theirs = store.add_position(other.id, Position("anser", "x"))
    theirs_comment = store.add_comment(Comment(other.id, "Annat ärende."))
    count = len(store.comments(response.id))
    bad = [
        (Comment(response.id, "  "), InvalidInput, "tom"),
        (Comment(4711, "x"), NotFound, "Yttrande 4711"),
        (Comment(response.id, "x", section_id=other_remiss.sections[0].id), NotFound, "hör inte"),
        (Comment(response.id, "x", position_id=theirs.id), NotFound, "hör inte till yttrande"),
        (Comment(response.id, "x", parent_id=4711), NotFound, "Kommentar 4711"),
        (Comment(response.id, "x", parent_id=theirs_comment.id), InvalidInput, "annat yttrande"),
        (
            Comment(
                response.id,
                "x",
                position_id=response.positions[1].id,
                section_id=sections["A"].id,
            ),
            InvalidInput,
            "står inte på",
        ),
    ]
    for comment, error, message in bad:
        with pytest.raises(error, match=message):
            store.add_comment(comment)
    assert len(store.comments(response.id)) == count
    with pytest.raises(NotFound):
        store.resolve_comment(4711, "greta")
