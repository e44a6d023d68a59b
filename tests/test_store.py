"""Store round trips for every type, validation, and the store's rules."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import os
import stat

import pytest

from workbench.core.model import (
    Comment,
    Kind,
    Organisation,
    Position,
    Remiss,
    Response,
    Section,
    Signatory,
    Stance,
    Status,
)
from workbench.errors import InvalidInput, NotFound, StoreError
from workbench.store import open_store


def make_org(store, name="Locum AB", **kwargs) -> Organisation:
    defaults = dict(
        subject="Locum",
        city="Stockholm",
        deciding_body="Styrelsen för Locum AB",
        default_kind=Kind.YTTRANDE,
        security_class="K1",
        part_titles={"synpunkter": "Bolagets analys och bedömning"},
        signatories=[
            Signatory("Anette Henriksson", "Verkställande direktör", 0),
            Signatory("Per Persson", "Ekonomichef", 1),
        ],
        stances=[Stance("ser_positivt_pa", "ser positivt på", "for")],
    )
    defaults.update(kwargs)
    return store.add_organisation(Organisation(name=name, **defaults))


def make_remiss(store, dnr="RS 2019-0751") -> Remiss:
    return store.add_remiss(
        Remiss(
            title="Life science-strategi för Stockholmsregionen",
            sender="Region Stockholm",
            sender_dnr=dnr,
            received=dt.date(2020, 9, 22),
            reply_by=dt.date(2021, 2, 15),
            source_name="strategi.pdf",
            source_sha256="ab" * 32,
            sections=[
                Section("1", "Inledning", 1, "Life science-sektorn omfattar …"),
                Section("3", "Drivkrafter", 1),
                Section("3.1", "Effektivitet", 2, "Nuläge: text"),
                Section("3.1.1", "Djupare", 3),
                Section("3.2", "Ekosystem", 2),
                Section("A", "Forskning och innovation", 2),
                Section("4", "Strategiska områden", 1),
            ],
        )
    )


def test_organisation_round_trip(store):
    org = make_org(store)
    again = store.get_organisation(org.id)
    assert again == org
    assert again.signatories[1] == Signatory("Per Persson", "Ekonomichef", 1)
    assert again.part_title("synpunkter") == "Bolagets analys och bedömning"
    assert again.part_title("bilagor") == "Bilagor"
    assert store.organisation_by_name("locum ab").id == org.id
    assert "ser_positivt_pa" in store.vocabulary(org.id)

    org.subject = "Bolaget"
    org.signatories = [Signatory("Ny Person", "VD")]
    org.stances = []
    updated = store.update_organisation(org)
    assert updated.subject == "Bolaget"
    assert [s.name for s in updated.signatories] == ["Ny Person"]
    assert "ser_positivt_pa" not in store.vocabulary(org.id)


def test_organisation_validation(store):
    make_org(store)
    with pytest.raises(InvalidInput, match="finns redan"):
        make_org(store)
    with pytest.raises(InvalidInput, match="grundlistan"):
        make_org(store, name="X", stances=[Stance("tillstyrker", "tillstyrker", "for")])
    with pytest.raises(InvalidInput, match="klass"):
        make_org(store, name="Y", stances=[Stance("eget", "eget verb", "kanske")])
    with pytest.raises(InvalidInput, match="namn"):
        make_org(store, name="  ")
    with pytest.raises(NotFound):
        store.organisation_by_name("Finns inte AB")


def test_remiss_round_trip_keeps_the_tree(store):
    remiss = make_remiss(store)
    again = store.get_remiss(remiss.id)
    assert again == remiss
    assert again.received == dt.date(2020, 9, 22)
    parents = {s.number: s.parent for s in again.sections}
    assert parents == {
        "1": None,
        "3": None,
        "3.1": "3",
        "3.1.1": "3.1",
        "3.2": "3",
        "A": "3",
        "4": None,
    }
    skipping = store.add_remiss(
        Remiss(
            "Svar på utvalda avsnitt",
            sections=[Section("1.1", "a", 2), Section("1.2.2", "b", 3), Section("A", "c", 2)],
        )
    )
    assert [s.parent for s in skipping.sections] == [None, None, None]
    assert store.section_by_number(remiss.id, "A.").title == "Forskning och innovation"
    with pytest.raises(NotFound, match=r"inget avsnitt 9\.9"):
        store.section_by_number(remiss.id, "9.9")


def test_remiss_update_and_bad_dates(store):
    remiss = make_remiss(store)
    updated = store.update_remiss(remiss.id, reply_by="2021-03-01", sender="Regionstyrelsen")
    assert updated.reply_by == dt.date(2021, 3, 1)
    with pytest.raises(InvalidInput, match="inget giltigt datum"):
        store.update_remiss(remiss.id, reply_by="den 15 mars")
    with pytest.raises(InvalidInput, match="inget giltigt datum"):
        store.update_remiss(remiss.id, reply_by="2021-02-30")
    with pytest.raises(InvalidInput):
        store.update_remiss(remiss.id, nonsense="x")
    assert store.get_remiss(remiss.id).reply_by == dt.date(2021, 3, 1)


def test_response_round_trip_with_every_case_field(store):
    org = make_org(store)
    remiss = make_remiss(store)
    sections = {s.number: s for s in remiss.sections}
    response = Response(
        remiss_id=remiss.id,
        organisation_id=org.id,
        kind=Kind.TJANSTEUTLATANDE,
        status=Status.GRANSKNING,
        title="Yttrande över remiss",
        subtitle="Svar på remiss",
        our_dnr="LOC 2020-0809",
        date=dt.date(2020, 10, 26),
        officer="Hanna Handläggare",
        reviewer="Greta Granskare",
        deciding_body="Styrelsen",
        meeting_date=dt.date(2021, 2, 9),
        prepared_by="Invest Stockholm",
        presenter="Hanna Handläggare",
        decided_by="Styrelsen",
        participants=["Ekonomichefen", "Juristen"],
        summary="Sammanfattande text.",
        case_description="Ärendet …",
        background="Bakgrund …",
        decision_intro="Styrelsen föreslås besluta",
        decision_clauses=["att avge yttrande enligt förslag"],
        economic_consequences="Inga ökade kostnader.",
        legal_consequences="Inga.",
        environmental_consequences="Inga konsekvenser för miljön.",
        closing="Enligt uppdrag",
        attachments=["PM", "Strategin"],
        recipients=["Region Stockholm"],
        security_class="K1",
        signatories=[Signatory("Anette Henriksson", "VD", 0)],
        section_headings=False,
        positions=[
            Position("fritext", "I strategin betonas …"),
            Position(
                "ser_positivt_pa",
                "att företag etablerar sig.",
                section_id=sections["3.1"].id,
                in_summary=True,
                summary_override="Locum ser positivt på etableringar.",
            ),
            Position(
                "vill_papeka",
                "att …",
                section_id=sections["A"].id,
                verb_override="vill också påpeka",
            ),
        ],
    )
    stored = store.add_response(response)
    again = store.get_response(stored.id)
    plain = dataclasses.asdict(again)
    expected = dataclasses.asdict(response)
    for name in ("id", "created_at", "updated_at", "positions"):
        plain.pop(name), expected.pop(name)
    assert plain == expected
    assert [(p.stance, p.text, p.in_summary, p.verb_override) for p in again.positions] == [
        (p.stance, p.text, p.in_summary, p.verb_override) for p in response.positions
    ]


def test_new_response_takes_the_organisations_defaults(store):
    org = make_org(store)
    remiss = make_remiss(store)
    response = store.new_response(remiss.id, org.id)
    assert response.kind == Kind.YTTRANDE
    assert response.deciding_body == "Styrelsen för Locum AB"
    assert response.security_class == "K1"
    assert response.status == Status.UTKAST
    assert store.new_response(remiss.id, org.id, "remissvar").kind == Kind.REMISSVAR
    with pytest.raises(InvalidInput, match="dokumenttyp"):
        store.new_response(remiss.id, org.id, "brev")
    with pytest.raises(NotFound):
        store.new_response(999, org.id)


def test_update_response_validates_fields_and_dates(store):
    org = make_org(store)
    remiss = make_remiss(store)
    response = store.new_response(remiss.id, org.id)
    updated = store.update_response(
        response.id,
        our_dnr="KS 2024/123",
        meeting_date="2024-03-15",
        attachments="Bilaga 1\n\nBilaga 2\n",
    )
    assert updated.our_dnr == "KS 2024/123"
    assert updated.meeting_date == dt.date(2024, 3, 15)
    assert updated.attachments == ["Bilaga 1", "Bilaga 2"]
    with pytest.raises(InvalidInput, match="Sammanträdesdatum"):
        store.update_response(response.id, meeting_date="15/3")
    with pytest.raises(InvalidInput, match="Okänt fält"):
        store.update_response(response.id, colour="blue")
    with pytest.raises(InvalidInput, match="status"):
        store.update_response(response.id, status="klar")
    with pytest.raises(NotFound):
        store.update_response(4711, our_dnr="x")


def test_positions_order_move_and_general(store):
    org = make_org(store)
    remiss = make_remiss(store)
    s1, s31 = remiss.sections[0], remiss.sections[2]
    response = store.new_response(remiss.id, org.id)
    a = store.add_position(response.id, Position("tillstyrker", "a", section_id=s31.id))
    b = store.add_position(response.id, Position("foreslar", "b", section_id=s31.id))
    g = store.add_position(response.id, Position("anser", "g"))
    c = store.add_position(response.id, Position("noterar", "c", section_id=s1.id))
    assert [p.text for p in store.positions(response.id)] == ["g", "c", "a", "b"]
    assert [p.text for p in store.flowing_positions(response.id)] == ["a", "b", "g", "c"]
    assert [p.text for p in store.section_positions(response.id, None)] == ["g"]

    store.move_position(b.id, -1)
    assert [p.text for p in store.section_positions(response.id, s31.id)] == ["b", "a"]
    assert [p.text for p in store.flowing_positions(response.id)] == ["b", "a", "g", "c"]
    store.move_position(b.id, -5)  # already first: stays
    assert [p.text for p in store.section_positions(response.id, s31.id)] == ["b", "a"]

    store.update_position(a.id, text="a2", in_summary=True, summary_override="Sammanfattat.")
    again = store.get_position(a.id)
    assert (again.text, again.in_summary, again.summary_override) == ("a2", True, "Sammanfattat.")
    store.delete_position(c.id)
    with pytest.raises(NotFound):
        store.get_position(c.id)
    assert g.section_id is None


def test_a_section_fingerprint_changes_with_its_positions_only(store):
    org = make_org(store)
    remiss = make_remiss(store)
    s1, s31 = remiss.sections[0], remiss.sections[2]
    response = store.new_response(remiss.id, org.id)
    empty = store.section_fingerprint(response.id, s31.id)
    a = store.add_position(response.id, Position("tillstyrker", "a", section_id=s31.id))
    added = store.section_fingerprint(response.id, s31.id)
    assert added != empty
    store.add_position(response.id, Position("anser", "annat", section_id=s1.id))
    store.add_position(response.id, Position("anser", "allmänt"))
    assert store.section_fingerprint(response.id, s31.id) == added  # other sections' writes
    assert store.position_fingerprints(response.id)[s31.id] == added
    assert set(store.position_fingerprints(response.id)) == {None, s1.id, s31.id}
    store.update_position(a.id, text="a2")
    edited = store.section_fingerprint(response.id, s31.id)
    assert edited != added
    store.delete_position(a.id)
    assert store.section_fingerprint(response.id, s31.id) == empty


def test_position_validation(store):
    org = make_org(store)
    remiss = make_remiss(store)
    other = make_remiss(store, dnr="RS 2025-0671")
    response = store.new_response(remiss.id, org.id)
    with pytest.raises(InvalidInput, match="Okänd hållning"):
        store.add_position(response.id, Position("kanske"))
    with pytest.raises(NotFound, match="hör inte till"):
        store.add_position(response.id, Position("anser", section_id=other.sections[0].id))
    with pytest.raises(InvalidInput, match="Okända fält"):
        position = store.add_position(response.id, Position("anser", "x"))
        store.update_position(position.id, colour="red")
    # The organisation's own verb is accepted for its responses only.
    store.add_position(response.id, Position("ser_positivt_pa", "x"))
    stranger = store.add_organisation(Organisation("Huddinge kommun", subject="Förvaltningen"))
    theirs = store.new_response(remiss.id, stranger.id)
    with pytest.raises(InvalidInput):
        store.add_position(theirs.id, Position("ser_positivt_pa", "x"))


def test_mark_no_comments_is_idempotent(store):
    org = make_org(store)
    remiss = make_remiss(store)
    response = store.new_response(remiss.id, org.id)
    section = remiss.sections[1]
    first = store.mark_no_comments(response.id, section.id)
    second = store.mark_no_comments(response.id, section.id)
    assert first.id == second.id
    assert first.stance == "inga_synpunkter"


def test_cases_list_counts_answered_sections(store):
    org = make_org(store)
    remiss = make_remiss(store)
    response = store.new_response(remiss.id, org.id, our_dnr="LOC 1")
    store.add_position(response.id, Position("anser", "x", section_id=remiss.sections[0].id))
    store.add_position(response.id, Position("anser", "y", section_id=remiss.sections[0].id))
    store.mark_no_comments(response.id, remiss.sections[1].id)
    store.add_position(response.id, Position("anser", "general"))
    (summary,) = store.list_responses()
    assert (summary.answered, summary.total) == (2, 7)
    assert summary.organisation == "Locum AB"
    assert summary.our_dnr == "LOC 1"
    assert summary.reply_by == dt.date(2021, 2, 15)


def test_deleting_cascades_and_logs(store):
    org = make_org(store)
    remiss = make_remiss(store)
    response = store.new_response(remiss.id, org.id)
    store.add_position(response.id, Position("anser", "x", section_id=remiss.sections[0].id))
    with pytest.raises(InvalidInput, match="kan inte tas bort"):
        store.delete_organisation(org.id)
    store.delete_response(response.id, actor="hanna")
    assert store.counts()["positions"] == 0
    assert [e.action for e in store.events(response.id)] == ["delete"]
    store.delete_remiss(remiss.id)
    assert store.counts()["sections"] == 0
    store.delete_organisation(org.id)
    assert store.list_organisations() == []


def test_comments_versions_and_events_round_trip(store):
    org = make_org(store)
    remiss = make_remiss(store)
    response = store.new_response(remiss.id, org.id)
    position = store.add_position(
        response.id, Position("anser", "x", section_id=remiss.sections[0].id)
    )
    comment = store.add_comment(
        Comment(
            response.id,
            "Skriv tydligare.",
            author="greta",
            section_id=remiss.sections[0].id,
            position_id=position.id,
        )
    )
    reply = store.add_comment(Comment(response.id, "Klart.", author="hanna", parent_id=comment.id))
    assert store.comments(response.id) == [comment, reply]
    assert store.list_responses()[0].open_comments == 1
    resolved = store.resolve_comment(comment.id, by="greta")
    assert resolved.resolved_by == "greta" and resolved.resolved_at
    assert store.list_responses()[0].open_comments == 0
    with pytest.raises(InvalidInput):
        store.add_comment(Comment(response.id, "   "))

    version = store.save_version(response.id, label="Första utkast", author="hanna")
    assert version.number == 1
    snapshot = json.loads(version.snapshot)
    assert snapshot["positions"][0]["text"] == "x"
    assert store.save_version(response.id).number == 2
    assert [v.number for v in store.versions(response.id)] == [1, 2]

    event = store.log_event(
        response.id, "status", "greta", "utkast", "granskning", "Klar för granskning"
    )
    # Comments, replies, resolving and saving a version are in the audit log too.
    assert [e.action for e in store.events(response.id)] == [
        "comment",
        "reply",
        "resolve",
        "version",
        "version",
        "status",
    ]
    assert store.events(response.id)[-1] == event


def test_store_file_pragmas_and_permissions(db_path):
    with open_store(db_path) as opened:
        assert opened.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert opened.db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert opened.db.execute("PRAGMA busy_timeout").fetchone()[0] >= 1000
        assert opened.integrity_ok()
    assert stat.S_IMODE(os.stat(db_path).st_mode) == 0o600


def test_a_file_that_is_not_a_database_is_a_clear_error(tmp_path):
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(StoreError, match="inte en läsbar databas"):
        open_store(junk)
    with pytest.raises(StoreError, match="mapp"):
        open_store(tmp_path)


def test_backup_is_a_complete_copy(tmp_path, db_path):
    with open_store(db_path) as opened:
        make_org(opened)
        make_remiss(opened)
        target = opened.backup(tmp_path / "kopia.db")
    with open_store(target) as copy:
        assert copy.counts()["sections"] == 7
        assert copy.integrity_ok()
    with open_store(db_path) as opened, pytest.raises(StoreError, match="mapp"):
        opened.backup(tmp_path)


def test_data_version_counts_only_other_connections_commits(tmp_path):
    """The workspace skips counting a section's positions while no other connection (another
    process, or its own autosave writer) has committed: `data_version` says so."""
    db = tmp_path / "v.db"
    with open_store(db) as store, open_store(db) as other:
        first = store.data_version()
        assert store.data_version() == first  # nothing written
        other.add_organisation(Organisation("Annan kommun"))
        assert store.data_version() != first
