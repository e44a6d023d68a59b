"""Search over positions and sections: word forms, filters, ranking and an index that follows
every write (store methods, other writers, migrations)."""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3

import pytest

from workbench import paths
from workbench.core.model import Organisation, Position, Remiss, Section, Stance, Status
from workbench.errors import InvalidInput, NotFound
from workbench.store import open_store
from workbench.store.connection import connect, migrate


@pytest.fixture
def case(store):
    """Two organisations answering one remiss of three sections; returns (store, ids)."""
    stad = store.add_organisation(Organisation("Stockholms stad", subject="Stockholms stad"))
    bolaget = store.add_organisation(
        Organisation("Locum AB", subject="Bolaget", stances=[Stance("", "ser positivt på", "for")])
    )
    remiss = store.add_remiss(
        Remiss(
            "Life science-strategi",
            received=dt.date(2020, 3, 1),
            sections=[
                Section("1", "Inledning", body="Strategin beskriver regionens arbete."),
                Section("2", "Kompetensförsörjning", body="Behovet av kompetens växer."),
                Section("3", "Datadelning", body="Hälsodata ska delas säkrare."),
            ],
        )
    )
    sections = {s.number: s.id for s in remiss.sections}
    stad_response = store.new_response(remiss.id, stad.id)
    bolaget_response = store.new_response(remiss.id, bolaget.id)
    return store, {
        "stad": stad.id,
        "bolaget": bolaget.id,
        "remiss": remiss.id,
        "sections": sections,
        "stad_response": stad_response.id,
        "bolaget_response": bolaget_response.id,
    }


def texts(store, query, **filters):
    return [hit.text for hit in store.search(query, kinds=("position",), **filters)]


def add(store, response_id, text, stance="anser", section_id=None, **fields):
    return store.add_position(response_id, Position(stance, text, section_id=section_id, **fields))


# The index follows every write


def test_search_follows_insert_update_delete(case):
    store, ids = case
    position = add(
        store,
        ids["stad_response"],
        "att kompetensförsörjningen är viktig",
        section_id=ids["sections"]["2"],
    )
    (hit,) = store.search("kompetensförsörjning", kinds=("position",))
    assert (hit.organisation, hit.section, hit.stance) == ("Stockholms stad", "2", "anser")
    assert (hit.kind, hit.position_id, hit.response_id) == (
        "position",
        position.id,
        ids["stad_response"],
    )
    assert (hit.section_title, hit.remiss_title) == (
        "Kompetensförsörjning",
        "Life science-strategi",
    )
    assert hit.status is Status.UTKAST and hit.updated == dt.date.today()
    assert "[kompetensförsörjningen]" in hit.snippet
    assert [hit.text[a:b] for a, b in hit.matches] == ["kompetensförsörjningen"]

    store.update_position(position.id, text="att datadelning behövs")
    assert texts(store, "kompetensförsörjning") == []
    assert texts(store, "datadelningen") == ["att datadelning behövs"]

    store.delete_position(position.id)
    assert texts(store, "datadelning") == []
    integrity(store)


def test_deleting_a_response_or_a_remiss_empties_their_hits(case):
    store, ids = case
    add(store, ids["stad_response"], "strategin är bra")
    add(store, ids["bolaget_response"], "strategin är otydlig")
    store.delete_response(ids["stad_response"])
    assert texts(store, "strategi") == ["strategin är otydlig"]
    store.delete_remiss(ids["remiss"])
    assert store.search("strategi") == []
    assert store.search("kompetens") == []
    integrity(store)


def test_sections_follow_their_edits(case):
    store, ids = case
    section_id = ids["sections"]["3"]
    (hit,) = store.search("hälsodata", kinds=("section",))
    assert (hit.kind, hit.section, hit.section_id, hit.response_id) == (
        "section",
        "3",
        section_id,
        None,
    )
    assert hit.snippet == "[Hälsodata] ska delas säkrare."
    store.db.execute(
        "UPDATE sections SET body = 'Registerdata ska delas.' WHERE id = ?", [section_id]
    )
    assert store.search("hälsodata") == []
    assert [h.section for h in store.search("registerdata")] == ["3"]
    store.db.execute("UPDATE sections SET title = 'Öppna data' WHERE id = ?", [section_id])
    (hit,) = store.search("öppna", kinds=("section",))
    assert hit.section_title == "Öppna data"


def test_a_stance_or_verb_change_is_searchable(case):
    store, ids = case
    position = add(store, ids["bolaget_response"], "planen", stance="ser_positivt_pa")
    assert texts(store, "positivt") == ["planen"]  # the organisation's own verb
    store.update_position(position.id, stance="avstyrker")
    assert texts(store, "positivt") == []
    assert texts(store, "avstyrka") == ["planen"]
    store.update_position(position.id, verb_override="avstyrker bestämt")
    assert texts(store, "bestämt") == ["planen"]


def test_another_writer_is_caught_up_on_the_next_search(case, tmp_path):
    """A script or the sqlite3 shell writing positions with plain SQL: the triggers remove
    stale text at once and queue the rest; the next search indexes it."""
    path = tmp_path / "shared.db"
    case[0].backup(path)
    ids = case[1]
    with open_store(path) as store:
        add(store, ids["stad_response"], "att regionen ska leda arbetet")
        other = sqlite3.connect(path)
        with other:
            other.execute(
                "INSERT INTO positions (response_id, stance, text) VALUES (?, 'anser', ?)",
                [ids["bolaget_response"], "att kommunerna ska delta"],
            )
            other.execute(
                "UPDATE positions SET text = 'att staten ska leda' WHERE text LIKE '%regionen%'"
            )
        other.close()
        assert texts(store, "kommun") == ["att kommunerna ska delta"]
        assert texts(store, "region") == []
        assert texts(store, "staten") == ["att staten ska leda"]
        assert store.pending_search_rows() == 0
        integrity(store)


def test_a_store_with_positions_is_indexed_when_migrated(tmp_path):
    """A store made before search (migrations up to 0004) keeps its text findable."""
    before = tmp_path / "before"
    before.mkdir()
    for file in paths.migrations_dir().glob("*.sql"):
        if file.name < "0005":
            shutil.copy(file, before)
    path = tmp_path / "old.db"
    db = connect(path)
    migrate(db, path, before)
    db.execute("INSERT INTO organisations (name) VALUES ('Huddinge kommun')")
    db.execute("INSERT INTO remisses (title) VALUES ('FoU-strategi')")
    db.execute(
        "INSERT INTO sections (remiss_id, ord, number, title, body)"
        " VALUES (1, 0, '1', 'Inledning', 'Utbildningarna behöver kompletteras.')"
    )
    db.execute("INSERT INTO responses (remiss_id, organisation_id) VALUES (1, 1)")
    db.execute(
        "INSERT INTO positions (response_id, section_id, stance, text)"
        " VALUES (1, 1, 'anser', 'att utbildningarna på högskolenivå behöver utökas')"
    )
    db.close()

    with open_store(path) as store:
        assert store.pending_search_rows() == 0  # indexed on open, not at the first search
        kinds = [(hit.kind, hit.organisation) for hit in store.search("utbildning")]
        assert sorted(kinds) == [("position", "Huddinge kommun"), ("section", "")]
        assert store.search("positions_fts") == []
        assert "positions_fts" not in store.db.table_names()
        integrity(store)
    assert list(tmp_path.glob("old.before-0005_search.*.db"))  # backed up before migrating


def test_a_search_inside_an_open_transaction_sees_its_writes(store):
    """The index catches up inside the caller's transaction, before FTS5 has written its
    statistics (it does at commit): the new rows are found all the same."""
    org = store.add_organisation(Organisation("Locum AB"))
    remiss = store.add_remiss(Remiss("Strategi"))
    response = store.new_response(remiss.id, org.id)
    with store.db.atomic():
        add(store, response.id, "att lokalerna räcker")
        add(store, response.id, "att lokalerna inte räcker till lokalerna")
        hits = store.search("lokal", kinds=("position",))
    assert [hit.text for hit in hits] == [
        "att lokalerna inte räcker till lokalerna",
        "att lokalerna räcker",
    ]


def test_rebuild_indexes_everything_again(case):
    store, ids = case
    add(store, ids["stad_response"], "att strategierna samordnas")
    assert store.rebuild_search_index() == 4  # one position and three sections
    assert texts(store, "strategi") == ["att strategierna samordnas"]
    integrity(store)


def integrity(store):
    for table in ("position_search", "section_search"):
        store.db.execute(f"INSERT INTO {table}({table}) VALUES ('integrity-check')")
    positions = store.db.execute("SELECT count(*) FROM positions").fetchone()[0]
    assert store.db.execute("SELECT count(*) FROM position_search").fetchone()[0] == positions


# Filters


@pytest.fixture
def filtered(case):
    store, ids = case
    sections = ids["sections"]
    add(store, ids["stad_response"], "strategin stärker regionen", "tillstyrker", sections["1"])
    add(store, ids["stad_response"], "strategin saknar mål", "avstyrker", sections["2"])
    add(store, ids["bolaget_response"], "strategin är bra", "ser_positivt_pa", sections["1"])
    file_response(store, ids["bolaget_response"], "skickad", "2021-05-10")
    return store, ids


def file_response(store, response_id, status, date):
    """Give a response a status and a date as any writer could: plain SQL, the triggers re-file
    its positions. (The store moves a status only by a workflow transition.)"""
    store.db.execute(
        "UPDATE responses SET status = ?, date = ? WHERE id = ?", [status, date, response_id]
    )


def test_filter_by_organisation_id_or_name(filtered):
    store, ids = filtered
    assert sorted(texts(store, "strategi", organisation="Stockholms stad")) == [
        "strategin saknar mål",
        "strategin stärker regionen",
    ]
    assert texts(store, "strategi", organisation=ids["bolaget"]) == ["strategin är bra"]
    assert texts(store, "strategi", organisation="locum ab") == ["strategin är bra"]
    with pytest.raises(NotFound, match="finns inte"):
        store.search("strategi", organisation="Ingen sådan")


def test_filter_by_stance_and_status(filtered):
    store, _ = filtered
    assert texts(store, "strategi", stance="avstyrker") == ["strategin saknar mål"]
    assert texts(store, "strategi", status="skickad") == ["strategin är bra"]
    assert texts(store, "strategi", status=Status.SKICKAD, stance="avstyrker") == []
    assert texts(store, "strategi", stance="ser_positivt_pa") == ["strategin är bra"]
    with pytest.raises(InvalidInput, match="Okänd hållning"):
        store.search("strategi", stance="kanske")
    with pytest.raises(InvalidInput, match="Okänd status"):
        store.search("strategi", status="klar")


def test_filter_by_remiss(filtered):
    store, ids = filtered
    other = store.add_remiss(Remiss("Annan remiss", sections=[Section("1", "Strategin")]))
    assert len(store.search("strategi", remiss_id=ids["remiss"])) == 4  # 3 positions, 1 section
    (hit,) = store.search("strategi", remiss_id=other.id)
    assert (hit.kind, hit.remiss_id) == ("section", other.id)


def test_filter_by_date_range(filtered):
    """A dated response counts by its date, a draft by the day its position last changed."""
    store, _ = filtered
    today = dt.date.today()
    assert texts(store, "strategi", date_from="2021-05-10", date_to="2021-05-10") == [
        "strategin är bra"
    ]
    assert sorted(texts(store, "strategi", date_from=today)) == [
        "strategin saknar mål",
        "strategin stärker regionen",
    ]
    assert texts(store, "strategi", date_to=dt.date(2021, 1, 1)) == []
    sections = store.search("strategi", kinds=("section",), date_to="2020-03-01")
    assert [hit.date for hit in sections] == [dt.date(2020, 3, 1)]  # the remiss's received date
    with pytest.raises(InvalidInput, match="inget giltigt datum"):
        store.search("strategi", date_from="2021-13-01")
    with pytest.raises(InvalidInput, match="inget giltigt datum"):
        store.search("strategi", date_to="igår")


def test_filters_follow_changes_to_the_response_and_the_remiss(filtered):
    """Filters are index tokens: a new status, date or received date files the rows anew."""
    store, ids = filtered
    assert texts(store, "strategi", status="granskning") == []
    file_response(store, ids["stad_response"], "granskning", "2019-02-03")
    assert sorted(texts(store, "strategi", status="granskning")) == [
        "strategin saknar mål",
        "strategin stärker regionen",
    ]
    assert len(texts(store, "strategi", date_from="2019-02-03", date_to="2019-02-03")) == 2
    assert texts(store, "strategi", date_from="2019-02-04", date_to="2019-02-28") == []
    store.update_remiss(ids["remiss"], received="2018-12-24")
    sections = store.search("strategi", kinds=("section",), date_to="2018-12-31")
    assert [hit.date for hit in sections] == [dt.date(2018, 12, 24)]


def test_stance_filter_with_an_underscore_and_an_empty_range(filtered):
    store, ids = filtered
    add(store, ids["stad_response"], "strategin i delar", "tillstyrker_delvis")
    assert texts(store, "strategi", stance="tillstyrker_delvis") == ["strategin i delar"]
    assert texts(store, "strategi", stance="tillstyrker") == ["strategin stärker regionen"]
    assert store.search("strategi", date_from="2022-01-01", date_to="2021-01-01") == []


def test_user_words_never_match_the_filter_tokens(filtered):
    store, ids = filtered
    tag = f"o{ids['stad']}"
    assert store.search(tag) == []
    assert store.search("sutkast") == [] and store.search("y2021") == []


def test_position_filters_leave_sections_out_and_kinds_choose(filtered):
    store, _ = filtered
    assert {hit.kind for hit in store.search("strategi")} == {"position", "section"}
    assert {hit.kind for hit in store.search("strategi", stance="tillstyrker")} == {"position"}
    assert {hit.kind for hit in store.search("strategi", kinds=("section",))} == {"section"}
    assert {hit.kind for hit in store.search("strategi", kinds="section")} == {"section"}
    with pytest.raises(InvalidInput, match="Okänd sorts träff"):
        store.search("strategi", kinds=("comment",))


def test_limit(filtered):
    store, _ = filtered
    assert len(store.search("strategi", limit=2)) == 2
    assert store.search("strategi", limit=0) == []


# Query language and ranking


def test_swedish_letters_are_not_folded(case):
    store, ids = case
    add(store, ids["stad_response"], "vår region")
    add(store, ids["stad_response"], "var finns den")
    assert texts(store, "vår") == ["vår region"]
    assert texts(store, "var") == ["var finns den"]
    assert texts(store, "våra") == ["vår region"]  # a form of vår, not of var


def test_prefix_and_phrase(case):
    store, ids = case
    add(store, ids["stad_response"], "kompetensförsörjning på alla nivåer")
    add(store, ids["stad_response"], "life science-strategin är bred")
    add(store, ids["stad_response"], "science för life")
    assert texts(store, "kompetens*") == ["kompetensförsörjning på alla nivåer"]
    assert texts(store, "kompetens") == []  # a whole word unless asked for a prefix
    assert texts(store, "kompetens", prefix_last=True) == ["kompetensförsörjning på alla nivåer"]
    assert texts(store, "kompetens ", prefix_last=True) == []  # the word is finished
    assert texts(store, '"life science"') == ["life science-strategin är bred"]
    assert texts(store, "life-science") == ["life science-strategin är bred"]
    assert sorted(texts(store, "science life")) == [
        "life science-strategin är bred",
        "science för life",
    ]


def test_a_prefix_is_searched_as_its_stems_or_by_fts5_when_they_are_many(case, monkeypatch):
    import workbench.store.search as search_module
    from workbench.search.query import Term

    store, ids = case
    for text in ("strategin", "strategiskt viktig", "strategiarbetet", "stratosfären", "stat"):
        add(store, ids["stad_response"], text)
    prefix = Term(("strateg",), prefix=True)
    store.refresh_search_index()
    assert store._expansions(prefix) == ["strategi", "strategiarbet", "strategisk"]
    expanded = sorted(texts(store, "strateg*"))
    assert expanded == ["strategiarbetet", "strategin", "strategiskt viktig"]
    monkeypatch.setattr(search_module, "MAX_EXPANSIONS", 2)
    assert store._expansions(prefix) == []
    assert sorted(texts(store, "strateg*")) == expanded
    store.delete_position(store.search("strategiarbetet")[0].position_id)
    assert sorted(texts(store, "strateg*")) == ["strategin", "strategiskt viktig"]


def test_ranking_puts_the_denser_match_first(case):
    store, ids = case
    add(store, ids["stad_response"], "datadelning nämns en gång bland många andra ord om annat")
    add(store, ids["stad_response"], "datadelning, datadelning och åter datadelning")
    hits = store.search("datadelning", kinds=("position",))
    assert hits[0].text.startswith("datadelning, datadelning")
    assert hits[0].score > hits[1].score


def test_only_the_most_recent_candidates_are_ranked(case, monkeypatch):
    """Beyond CANDIDATES matches the newest are ranked; below, every match is."""
    import workbench.store.search as search_module

    store, ids = case
    dense = add(store, ids["stad_response"], "samverkan samverkan samverkan")
    for number in range(5):
        add(store, ids["stad_response"], f"samverkan i fall {number} bland mycket annan text")
    assert store.search("samverkan", kinds=("position",))[0].position_id == dense.id
    monkeypatch.setattr(search_module, "CANDIDATES", 3)
    hits = store.search("samverkan", kinds=("position",))
    assert len(hits) == 3 and dense.id not in {h.position_id for h in hits}


@pytest.mark.parametrize(
    "hostile",
    [
        '"',
        '""',
        '"""',
        'a"b',
        "NEAR(a b)",
        "NEAR",
        "a NEAR/2 b",
        "*",
        "**",
        "a*b*",
        "-",
        "-strategi",
        "strategi -",
        "(((",
        ")",
        "(strategi",
        "a OR",
        "OR",
        "AND",
        "NOT strategi",
        "strategi AND NOT",
        "kol:umn",
        "text:strategi",
        "verb:",
        "^start",
        "{text verb}: strategi",
        "''",
        "  ",
        "",
        "\x00",
        "strategi\n\t",
        "🙂",
        "ö̈",
        "_",
        "+",
        "strategi;DROP TABLE positions",
    ],
)
def test_hostile_queries_never_raise(case, hostile):
    store, ids = case
    add(store, ids["stad_response"], "a and near column start strategi")
    store.search(hostile)  # results or none, never an error
    store.search(hostile, prefix_last=True)
    assert store.counts()["positions"] == 1


def test_an_empty_query_finds_nothing(case):
    store, ids = case
    add(store, ids["stad_response"], "strategi")
    assert store.search("") == [] and store.search(" ,.- ") == []


# Suggestions


def test_similar_positions_come_from_similar_sections(case):
    store, ids = case
    sections = ids["sections"]
    other = store.add_remiss(
        Remiss(
            "FoU-strategi",
            sections=[
                Section("5", "Kompetensförsörjning i regionen", body="Kompetens och utbildning."),
                Section("6", "Trafik", body="Kollektivtrafiken byggs ut."),
            ],
        )
    )
    other_sections = {s.number: s.id for s in other.sections}
    earlier = store.new_response(other.id, ids["stad"])
    on_competence = add(
        store, earlier.id, "att utbildningen byggs ut", section_id=other_sections["5"]
    )
    add(store, earlier.id, "att bussarna blir fler", section_id=other_sections["6"])
    mine = add(store, ids["stad_response"], "mitt utkast", section_id=sections["2"])
    theirs = add(
        store, ids["bolaget_response"], "bolagets syn på kompetens", section_id=sections["2"]
    )

    hits = store.similar_positions(sections["2"], exclude_response_id=ids["stad_response"])
    found = [hit.position_id for hit in hits]
    assert found == [theirs.id, on_competence.id]  # the same section first, then the similar
    assert mine.id not in found
    assert hits[1].section_title == "Kompetensförsörjning i regionen"
    only_stad = store.similar_positions(
        sections["2"], exclude_response_id=ids["stad_response"], organisation="Stockholms stad"
    )
    assert [hit.position_id for hit in only_stad] == [on_competence.id]
    with pytest.raises(NotFound):
        store.similar_positions(999)


# The demo


def test_demo_kompetens_finds_stockholm_and_huddinge(demo_store):
    hits = demo_store.search("kompetens", kinds=("position",))
    organisations = {hit.organisation for hit in hits}
    assert {"Stockholms stad", "Huddinge kommun"} <= organisations
    stad = [hit for hit in hits if hit.organisation == "Stockholms stad"]
    assert any("kompetensförsörjning" in hit.text for hit in stad)
    assert all("[kompetens" in hit.snippet.lower() for hit in hits)
    typed = demo_store.search("kompetens", kinds=("position",), prefix_last=True)
    assert any("[kompetensförsörjning]" in hit.snippet for hit in typed)
