"""Outline editing in the store, on the demo: every edit keeps every position (and comment)
attached to the section it was written on; merging moves them onto the merged section."""

from __future__ import annotations

import pytest

from workbench.core.model import Comment, Section
from workbench.errors import InvalidInput


@pytest.fixture
def strategy(demo_store):
    return demo_store.remiss_by_dnr("RS 2019-0751")


def section_of(store, remiss_id, number):
    return store.section_by_number(remiss_id, number)


def snapshot(store, remiss_id) -> dict[int, tuple[str, str]]:
    """Every position of every response to the remiss → (number, title) of its section."""
    sections = {s.id: (s.number, s.title) for s in store.sections(remiss_id)}
    out = {}
    for summary in store.list_responses(remiss_id=remiss_id):
        for position in store.positions(summary.id):
            out[position.id] = sections.get(position.section_id, ("-", "-"))
    return out


def outline_of(store, remiss_id) -> list[tuple[str, int, str | None]]:
    return [(s.number, s.level, s.parent) for s in store.sections(remiss_id)]


def test_merge_split_move_relevel_keep_every_position(demo_store, strategy):
    store, rid = demo_store, strategy.id
    before = snapshot(store, rid)
    assert len(before) == 25
    on_4_3 = {pid for pid, (number, _t) in before.items() if number == "4.3"}
    on_4_2 = {pid for pid, (number, _t) in before.items() if number == "4.2"}
    assert on_4_2 and not on_4_3  # Huddinge answers 4.2; nobody 4.3

    store.merge_section_with_next(section_of(store, rid, "4.2").id)  # 4.3 into 4.2
    new = store.split_section(section_of(store, rid, "3.4").id, 1, "3.5", "Ny rubrik")
    store.move_section(section_of(store, rid, "3").id, 0)  # 3 with 3.1–3.5 first
    store.set_section_level(section_of(store, rid, "4.5").id, 3)
    store.rename_section(section_of(store, rid, "4.4").id, number="4.3", title="Samverkan")

    after = snapshot(store, rid)
    assert set(after) == set(before)  # every position still exists
    for pid, (number, title) in before.items():
        if number == "4.4":
            assert after[pid] == ("4.3", "Samverkan")
        else:
            assert after[pid] == (number, title), pid
    assert new.number == "3.5" and new.level == 2
    assert [n for n, _l, _p in outline_of(store, rid)] == [
        "3", "3.1", "3.2", "3.3", "3.4", "3.5", "1", "2", "4", "4.1", "4.2", "4.3", "4.5",
    ]  # fmt: skip
    assert ("4.5", 3, "4") in outline_of(store, rid)  # 4.3 cannot hold 4.5: the number says so


def test_merge_moves_positions_and_comments_after_the_merged_sections_own(demo_store, strategy):
    store, rid = demo_store, strategy.id
    huddinge = next(r for r in store.list_responses(rid) if r.organisation == "Huddinge kommun")
    s41, s42 = section_of(store, rid, "4.1"), section_of(store, rid, "4.2")
    from workbench.core.model import Position

    own = store.add_position(huddinge.id, Position("tillstyrker", "Om 4.1.", section_id=s41.id))
    comment = store.add_comment(Comment(huddinge.id, "Kolla detta", section_id=s42.id))
    theirs = [p.id for p in store.section_positions(huddinge.id, s42.id)]
    assert len(theirs) == 5
    assert own.order > max(p.order for p in store.section_positions(huddinge.id, s42.id))
    # 4.1's position was written last; after the merge it still comes first.
    merged = store.merge_section_with_next(s41.id)
    assert [p.id for p in store.section_positions(huddinge.id, s41.id)] == [own.id, *theirs]
    assert store.get_comment(comment.id).section_id == s41.id
    assert merged.body.startswith(s41.body)
    assert f"\n\n4.2 {s42.title}\n\n{s42.body}" in merged.body
    assert "4.2" not in [s.number for s in store.sections(rid)]
    assert store.integrity_ok()


def test_merge_refused_while_read_only_responses_hang_on_it(demo_store, strategy):
    """Locum's response is sent and SBR's approved: their positions on 4.5 cannot move."""
    store, rid = demo_store, strategy.id
    before = store.sections(rid), snapshot(store, rid)
    with pytest.raises(InvalidInput, match="Locum AB, Stockholm Business Region"):
        store.merge_section_with_next(section_of(store, rid, "4.4").id)
    assert (store.sections(rid), snapshot(store, rid)) == before


def test_merge_of_the_last_section_is_refused(demo_store, strategy):
    with pytest.raises(InvalidInput, match="sista"):
        demo_store.merge_section_with_next(section_of(demo_store, strategy.id, "4.5").id)


def test_split_from_a_paragraph_that_is_a_missed_heading(store):
    from workbench.core.model import Remiss

    remiss = store.add_remiss(
        Remiss("R", sections=[Section("1", "Ett", 1, "Första.\n\n1.1 Missad rubrik\n\nTredje.")])
    )
    first = remiss.sections[0]
    created = store.split_section(
        first.id, 1, "1.1", "Missad rubrik", level=2, heading_from_paragraph=True
    )
    assert [(s.number, s.title, s.level, s.body) for s in store.sections(remiss.id)] == [
        ("1", "Ett", 1, "Första."),
        ("1.1", "Missad rubrik", 2, "Tredje."),
    ]
    assert created.parent == "1"


def test_split_outside_the_body_changes_nothing(demo_store, strategy):
    store, rid = demo_store, strategy.id
    before = store.sections(rid)
    with pytest.raises(InvalidInput, match="stycken"):
        store.split_section(section_of(store, rid, "3.3").id, 7, "3.3.1", "X")
    with pytest.raises(InvalidInput, match="stycken"):
        store.split_section(section_of(store, rid, "3.3").id, 0, "3.3.1", "X")
    assert store.sections(rid) == before


def test_delete_is_refused_while_positions_hang_on_it(demo_store, strategy):
    store, rid = demo_store, strategy.id
    with pytest.raises(InvalidInput, match="5 ställningstaganden"):
        store.delete_section(section_of(store, rid, "4.2").id)
    empty = section_of(store, rid, "4.3")
    store.delete_section(empty.id)
    assert "4.3" not in [s.number for s in store.sections(rid)]
    assert len(snapshot(store, rid)) == 25


def test_delete_is_refused_while_a_comment_hangs_on_it(demo_store, strategy):
    store, rid = demo_store, strategy.id
    response = store.list_responses(rid)[0]
    target = section_of(store, rid, "4.3")
    store.add_comment(Comment(response.id, "Fråga", section_id=target.id))
    with pytest.raises(InvalidInput, match="1 kommentar"):
        store.delete_section(target.id)


def test_insert_and_move_without_subsections(store):
    from workbench.core.model import Remiss

    remiss = store.add_remiss(
        Remiss("R", sections=[Section("1", "A"), Section("1.1", "B", 2), Section("2", "C")])
    )
    inserted = store.insert_section(remiss.id, 1, Section("0", "Ny", 1))
    assert [s.number for s in store.sections(remiss.id)] == ["1", "0", "1.1", "2"]
    assert store.get_section(inserted.id).number == "0"
    one = section_of(store, remiss.id, "1")
    store.move_section(one.id, 3, with_subsections=False)  # after "2", leaving 1.1 behind
    assert outline_of(store, remiss.id) == [("0", 1, None), ("1.1", 2, None), ("2", 1, None),
                                           ("1", 1, None)]  # fmt: skip


def test_rename_refuses_a_number_in_use_and_an_empty_heading(demo_store, strategy):
    store, rid = demo_store, strategy.id
    target = section_of(store, rid, "4.5")
    with pytest.raises(InvalidInput, match="redan"):
        store.rename_section(target.id, number="4.1")
    with pytest.raises(InvalidInput, match="nummer eller en rubrik"):
        store.rename_section(target.id, number="", title="")
    renamed = store.rename_section(target.id, title="Företagen")
    assert (renamed.number, renamed.title) == ("4.5", "Företagen")


def test_level_out_of_range_is_refused(demo_store, strategy):
    with pytest.raises(InvalidInput, match="1–9"):
        demo_store.set_section_level(section_of(demo_store, strategy.id, "1").id, 10)
