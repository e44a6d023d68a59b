"""The diff on crafted changes: a stance change, reworded text word by word, moved positions,
a new position on a section, a removed one, and changed case details."""

from __future__ import annotations

import copy

import pytest

from tests.test_store import make_org, make_remiss
from workbench.core.model import Position, Section
from workbench.core.stances import Stance, Vocabulary
from workbench.review import snapshot as snapshots
from workbench.review.diff import (
    ADDED,
    CHANGED,
    DELETE,
    EQUAL,
    INSERT,
    MOVED,
    MOVED_OUT,
    REMOVED,
    Segment,
    diff,
    render_text,
    segments_text,
    to_dict,
    word_diff,
)
from workbench.review.snapshot import Snapshot, SnapshotPosition
from workbench.usecases.review import diff_response

SECTIONS = [
    Section("1", "Inledning", id=10),
    Section("4", "Områden", id=40),
    Section("4.1", "Data", 2, id=41),
    Section("4.2", "Kompetens", 2, id=42),
]
VOCABULARY = Vocabulary([Stance("ser_positivt_pa", "ser positivt på", "for")])


def position(pid, section_id, stance, text, order, **kw) -> SnapshotPosition:
    numbers = {s.id: s.number for s in SECTIONS}
    return SnapshotPosition(
        pid, section_id, numbers.get(section_id), stance, text, order=order, **kw
    )


@pytest.fixture
def base() -> Snapshot:
    return Snapshot(
        fields={"our_dnr": "LOC 2020-0809", "summary": "Locum ser positivt på strategin."},
        positions=[
            position(1, None, "anser", "att strategin är välskriven.", 0),
            position(2, 41, "tillstyrker", "förslaget om en gemensam datastrategi.", 1),
            position(3, 41, "foreslar", "att regionen tar fram en handlingsplan.", 2),
            position(4, 41, "noterar", "att uppföljningen saknas.", 3),
            position(5, 42, "avstyrker", "förslaget om nya strukturer.", 4),
        ],
    )


def changed(base: Snapshot, **edits) -> Snapshot:
    new = copy.deepcopy(base)
    by_id = {p.id: p for p in new.positions}
    for pid, values in edits.items():
        for name, value in values.items():
            setattr(by_id[int(pid[1:])], name, value)
    return new


def run(old, new):
    return diff(old, new, SECTIONS, VOCABULARY, "version 1", "nuvarande lydelse")


def test_no_change_is_an_empty_diff(base):
    result = run(base, copy.deepcopy(base))
    assert not result.changed and result.sections == [] and result.fields == []
    assert "Inga ändringar." in render_text(result)


def test_a_stance_change_reads_as_verbs(base):
    result = run(base, changed(base, p2={"stance": "tillstyrker_delvis"}))
    (section,) = result.sections
    assert (section.section_id, section.number, section.heading) == (41, "4.1", "4.1 Data")
    (change,) = section.changes
    assert change.kind == CHANGED and change.position_id == 2
    assert change.stance == ("tillstyrker", "tillstyrker delvis")
    assert not change.text_changed
    assert "ändrat: tillstyrker → tillstyrker delvis förslaget om" in render_text(result)


def test_an_own_verb_and_a_verb_override_count_as_stance_changes(base):
    result = run(
        base, changed(base, p2={"stance": "ser_positivt_pa"}, p3={"verb_override": "vill"})
    )
    stances = [c.stance for c in result.sections[0].changes]
    assert stances == [("tillstyrker", "ser positivt på"), ("föreslår", "vill")]


def test_reworded_text_comes_word_by_word(base):
    new_text = "förslaget om en nationell datastrategi med tydliga mål."
    result = run(base, changed(base, p2={"text": new_text}))
    (change,) = result.sections[0].changes
    assert change.stance is None and change.text_changed
    assert change.segments == [
        Segment(EQUAL, "förslaget om en "),
        Segment(DELETE, "gemensam"),
        Segment(INSERT, "nationell"),
        Segment(EQUAL, " datastrategi"),
        Segment(INSERT, " med tydliga mål"),
        Segment(EQUAL, "."),
    ]
    assert "".join(s.text for s in change.segments if s.op != INSERT) == base.positions[1].text
    assert "".join(s.text for s in change.segments if s.op != DELETE) == new_text


def test_word_diff_joins_changes_separated_by_spaces_only():
    segments = word_diff("vi anser att den bör", "vi menar nog att den bör")
    assert segments_text(segments) == "vi [-anser-]{+menar nog+} att den bör"
    assert segments_text(word_diff("en två tre", "ett två fyra")) == (
        "[-en-]{+ett+} två [-tre-]{+fyra+}"
    )
    assert segments_text(word_diff("a b c", "x y z")) == "[-a b c-]{+x y z+}"
    assert word_diff("", "") == [] and word_diff("", "ny") == [Segment(INSERT, "ny")]
    assert segments_text(word_diff("Förslaget.", "Förslaget!")) == "Förslaget[-.-]{+!+}"


def test_a_position_moved_to_another_section(base):
    result = run(base, changed(base, p3={"section_id": 42, "section": "4.2"}))
    by_section = {s.number: s.changes for s in result.sections}
    (out,) = by_section["4.1"]
    assert (out.kind, out.position_id, out.moved_to) == (MOVED_OUT, 3, "4.2 Kompetens")
    (into,) = by_section["4.2"]
    assert (into.kind, into.position_id, into.moved_from, into.reordered) == (
        MOVED,
        3,
        "4.1 Data",
        False,
    )
    text = render_text(result)
    assert "flyttat till 4.2 Kompetens: föreslår att regionen" in text
    assert "flyttat hit från 4.1 Data: föreslår att regionen" in text


def test_a_position_moved_within_its_section(base):
    new = copy.deepcopy(base)
    new.positions[1], new.positions[3] = new.positions[3], new.positions[1]  # 4, 3, 2 in 4.1
    result = run(base, new)
    (section,) = result.sections
    moved = [(c.kind, c.position_id, c.reordered) for c in section.changes]
    # The longest run kept in order is one position; the other two moved.
    assert len(moved) == 2 and all(kind == MOVED and again for kind, _, again in moved)
    assert "flyttat inom avsnittet" in render_text(result)


def test_a_moved_position_that_also_changed_shows_both(base):
    result = run(
        base,
        changed(base, p5={"section_id": 41, "section": "4.1", "stance": "tillstyrker"}),
    )
    into = next(c for s in result.sections for c in s.changes if c.kind == MOVED)
    assert into.moved_from == "4.2 Kompetens"
    assert into.stance == ("avstyrker", "tillstyrker")


def test_a_new_position_on_a_section_and_a_removed_one(base):
    new = copy.deepcopy(base)
    new.positions.append(position(9, 10, "inga_synpunkter", "", 5))
    new.positions.append(position(8, 41, "betonar", "vikten av öppna data.", 6))
    new.positions = [p for p in new.positions if p.id != 5]
    result = run(base, new)
    by_section = {s.number: s.changes for s in result.sections}
    assert [(c.kind, c.verb) for c in by_section["1"]] == [(ADDED, "har inga synpunkter")]
    assert [(c.kind, c.segments) for c in by_section["4.1"]] == [
        (ADDED, [Segment(INSERT, "vikten av öppna data.")])
    ]
    assert [(c.kind, c.position_id) for c in by_section["4.2"]] == [(REMOVED, 5)]
    assert [s.number for s in result.sections] == ["1", "4.1", "4.2"]  # remiss order
    text = render_text(result)
    assert "nytt: har inga synpunkter" in text
    assert "nytt: betonar {+vikten av öppna data.+}" in text
    assert "borttaget: avstyrker [-förslaget om nya strukturer.-]" in text


def test_changed_case_details_and_summary_flags(base):
    new = changed(base, p1={"in_summary": True, "summary_override": "Strategin är bra."})
    new.fields = {**base.fields, "our_dnr": "LOC 2020-0810", "attachments": ["PM"]}
    result = run(base, new)
    assert [(f.field, f.label, f.old, f.new) for f in result.fields] == [
        ("our_dnr", "Vårt dnr", "LOC 2020-0809", "LOC 2020-0810"),
        ("attachments", "Bilagor", "", "PM"),
    ]
    (general,) = result.sections
    assert (general.section_id, general.heading) == (None, "Övergripande synpunkter")
    (change,) = general.changes
    assert [(f.label, f.old, f.new) for f in change.fields] == [
        ("I sammanfattningen", "nej", "ja"),
        ("Sammanfattningsrad", "", "Strategin är bra."),
    ]
    text = render_text(result)
    assert "Vårt dnr: LOC 2020-0809 → LOC 2020-0810" in text
    assert "I sammanfattningen: nej → ja" in text


def test_a_section_no_longer_in_the_remiss_is_still_shown(base):
    new = copy.deepcopy(base)
    new.positions.append(position(7, 99, "anser", "x", 7))
    new.positions[-1].section = "9.9"
    (section,) = run(base, new).sections
    assert (section.section_id, section.number) == (99, "9.9")
    assert section.heading == "9.9 (finns inte längre i remissen)"


def test_long_unchanged_text_is_shortened_in_the_text_rendering(base):
    long = " ".join(f"ord{i}" for i in range(60))
    old = changed(base, p2={"text": long + " slut."})
    new = changed(base, p2={"text": long + " början."})
    text = render_text(run(old, new))
    assert "… ord52 ord53 ord54 ord55 ord56 ord57 ord58 ord59 [-slut-]{+början+}." in text
    assert "ord10" not in text


def test_json_shape(base):
    new = changed(base, p2={"stance": "tillstyrker_delvis", "text": "förslaget delvis."})
    new.fields = {**base.fields, "our_dnr": "X"}
    data = to_dict(run(base, new))
    assert set(data) == {"old", "new", "changed", "fields", "sections"}
    assert data["old"] == {"version": None, "label": "version 1"}
    assert data["fields"][0]["field"] == "our_dnr"
    (section,) = data["sections"]
    assert (section["section"], section["heading"]) == ("4.1", "4.1 Data")
    (change,) = section["changes"]
    assert change["kind"] == "changed" and change["position_id"] == 2
    assert change["stance"] == {"old": "tillstyrker", "new": "tillstyrker delvis"}
    assert change["old_text"] == "förslaget om en gemensam datastrategi."
    assert {"op": "insert", "text": "delvis"} in change["segments"]
    assert set(change) == {
        "kind",
        "position_id",
        "verb",
        "stance",
        "old_text",
        "new_text",
        "segments",
        "fields",
        "moved_from",
        "moved_to",
        "reordered",
    }


def test_against_an_empty_base_everything_is_new(base):
    result = run(snapshots.empty(), base)
    assert [c.kind for s in result.sections for c in s.changes] == [ADDED] * 5
    assert [f.field for f in result.fields] == ["our_dnr", "summary"]


def test_diff_response_compares_store_versions_and_the_current_state(store):
    org = make_org(store)
    remiss = make_remiss(store)
    sections = {s.number: s for s in remiss.sections}
    response = store.new_response(remiss.id, org.id)
    kept = store.add_position(
        response.id, Position("tillstyrker", "förslaget.", section_id=sections["3.1"].id)
    )
    store.set_status(response.id, "granskning", "hanna")
    store.set_status(response.id, "atergiven", "greta")
    store.update_position(kept.id, stance="tillstyrker_delvis")
    store.add_position(response.id, Position("anser", "att x.", section_id=sections["A"].id))

    default = diff_response(store, response.id)  # the version sent to review → now
    assert default.old_number == 1 and default.new_number is None
    assert default.old_label.startswith("version 1 (Utkast → För granskning, ")
    assert default.new_label == "nuvarande lydelse"
    assert [(s.number, [c.kind for c in s.changes]) for s in default.sections] == [
        ("3.1", [CHANGED]),
        ("A", [ADDED]),
    ]
    assert default.changed_section_ids == {sections["3.1"].id, sections["A"].id}
    assert default.for_section(sections["A"].id).changes[0].verb == "anser"

    store.set_status(response.id, "granskning", "hanna")  # version 3, round two
    round_two = diff_response(store, response.id)
    assert round_two.old_number == 1  # the reviewer compares with what they saw in round one
    assert round_two.changed_section_ids == default.changed_section_ids
    between = diff_response(store, response.id, 2, 3)
    assert between.changed_section_ids == default.changed_section_ids
    assert not diff_response(store, response.id, 3).changed
    with pytest.raises(Exception, match="har ingen version 7"):
        diff_response(store, response.id, 1, 7)
