"""The drafting rules (workbench.core.drafting), without Textual or a store: what counts as
answered, marks, the next unanswered section, "inga synpunkter", reordering, leads, the
default stance, another writer's edits, levels of section numbers, and the one verb."""

from __future__ import annotations

import subprocess
import sys

from workbench.core.drafting import (
    GENERAL_HEADING,
    Mark,
    NoComments,
    ResponseDraft,
    coverage,
    default_stance,
    level_for_number,
)
from workbench.core.model import Position, Section, Stance, with_parents
from workbench.core.stances import FREE_TEXT, NO_COMMENTS, Vocabulary, verb_for


def outline() -> list[Section]:
    return with_parents(
        [
            Section("1", "Inledning", 1, id=1),
            Section("2", "Områden", 1, id=2),
            Section("2.1", "Forskning", 2, id=3),
            Section("2.2", "Vård", 2, id=4),
            Section("3", "Genomförande", 1, id=5),
        ]
    )


def stored(stance: str, text: str = "", section_id: int | None = None, id: int = 0) -> Position:
    return Position(stance, text, section_id=section_id, id=id, updated_at=f"t{id}")


def test_a_parent_counts_as_answered_when_a_subsection_is():
    left = coverage([stored("anser", "x", 3, 1)], outline())
    assert [s.number for s in left.unanswered] == ["1", "2.2", "3"]
    assert left.covered_ids == {2}
    assert (left.done, left.total) == (2, 5)


def test_marks_and_next_unanswered():
    draft = ResponseDraft(
        outline(),
        [stored("anser", "x", 3, 1), stored(NO_COMMENTS, "", 1, 2), stored("anser", "y", None, 3)],
        Vocabulary(),
    )
    assert draft.marks == {
        None: Mark.ANSWERED,
        1: Mark.NO_COMMENTS,
        2: Mark.COVERED,
        3: Mark.ANSWERED,
        4: Mark.UNANSWERED,
        5: Mark.UNANSWERED,
    }
    keys = [None, 1, 2, 3, 4, 5]
    assert draft.next_unanswered(keys, 1) == 4
    assert draft.next_unanswered(keys, 5) == 5
    assert draft.next_unanswered([None, 1, 2, 3, 4], 5) == 4  # wraps round
    assert [p.id for p in draft.reading_order()] == [3, 2, 1]  # general first


def test_inga_synpunkter_on_a_section():
    draft = ResponseDraft(outline(), [stored("anser", "skrivet", 1, 1)], Vocabulary())
    assert draft.no_comments(1) == NoComments.REFUSED
    assert draft.no_comments(4) == NoComments.CREATE
    draft = ResponseDraft(outline(), [stored("tillstyrker", "", 4, 2)], Vocabulary())
    assert draft.no_comments(4) == NoComments.CONVERT
    assert draft.positions(4)[0].stance == NO_COMMENTS
    assert draft.no_comments(4) == NoComments.ALREADY


def test_reorder_keeps_the_held_objects():
    first, second = stored("anser", "a", 1, 1), stored("anser", "b", 1, 2)
    draft = ResponseDraft(outline(), [first, second], Vocabulary())
    moved = [Position("anser", "b", section_id=1, id=2, order=0), Position("anser", "a", 1, id=1)]
    moved[1].order = 1
    draft.reorder(1, moved)
    assert draft.positions(1) == [second, first]
    assert draft.positions(1)[0] is second and second.order == 0


def test_default_stance_and_new_positions():
    assert default_stance(Vocabulary()) == "anser"
    draft = ResponseDraft(outline(), [], Vocabulary(), response_id=7)
    new = draft.new_position(3)
    assert (new.stance, new.section_id, new.response_id, new.id) == ("anser", 3, 7, None)
    assert not draft.should_store(new)  # nothing written: stays a draft
    new.verb_override = "Q"
    assert draft.should_store(new)
    draft.added(new, Position("anser", verb_override="Q", section_id=3, id=9, updated_at="t"))
    assert new.updated_at == "t" and draft.last_saved(9, "verb_override") == "Q"
    new.verb_override = ""
    assert draft.should_remove(new)  # typed and taken back: goes away
    draft.removed(new)
    draft.measure()
    assert draft.marks[3] == Mark.UNANSWERED


def test_a_position_read_from_the_store_is_never_removed_for_being_empty():
    draft = ResponseDraft(outline(), [stored("anser", "", 1, 1)], Vocabulary())
    assert not draft.should_remove(draft.positions(1)[0])


def test_lead_of_an_earlier_position():
    ours = Vocabulary([Stance("ser_positivt_pa", "ser positivt på", "for")])
    theirs = Vocabulary([Stance("delar", "delar bedömningen", "comment")])
    draft = ResponseDraft(outline(), [], ours)
    assert draft.lead_of("tillstyrker", "", theirs) == ("tillstyrker", "")
    assert draft.lead_of("delar", "", theirs) == ("anser", "delar bedömningen")
    assert draft.lead_of("delar", "håller med", theirs) == ("anser", "håller med")


def test_taken_text_brings_its_lead_only_into_an_empty_position():
    assert ResponseDraft.takes_lead(stored("anser", "  "))
    assert not ResponseDraft.takes_lead(stored("anser", "redan skrivet"))
    assert not ResponseDraft.takes_lead(None)


def test_deleting_asks_first_only_when_there_is_text():
    assert ResponseDraft.asks_before_delete(stored("anser", "text"))
    assert not ResponseDraft.asks_before_delete(stored("tillstyrker", " \n"))


def test_taking_another_writers_edits():
    mine = stored("anser", "min text", 1, 1)
    draft = ResponseDraft(outline(), [mine], Vocabulary())
    unchanged = [stored("anser", "min text", 1, 1)]
    assert not draft.take_stored(1, unchanged)
    theirs = Position("anser", "deras text", section_id=1, id=1, updated_at="t2")
    added = stored("tillstyrker", "ny", 1, 2)
    assert draft.take_stored(1, [theirs, added])
    assert draft.positions(1)[0] is mine and mine.text == "deras text"
    assert draft.last_saved(1, "text") == "deras text"
    assert draft.positions(1)[1] is added


def test_level_for_number_agrees_on_lettered_subsections():
    assert level_for_number("4.1.1", 1) == 3
    assert level_for_number("4", 2) == 1
    assert level_for_number("4.a", 1) == 2
    assert level_for_number("4.a.", 1) == 2
    assert level_for_number("A", 2) == 2
    assert level_for_number("Bilaga 2", 1) == 1
    assert level_for_number("", 3) == 3


def test_one_verb_for_a_position_everywhere():
    vocabulary = Vocabulary([Stance("ser_positivt_pa", "ser positivt på", "for")])
    assert verb_for(Position("tillstyrker"), vocabulary) == "tillstyrker"
    assert verb_for(Position("tillstyrker", verb_override=" gillar "), vocabulary) == "gillar"
    assert verb_for(Position("ser_positivt_pa"), vocabulary) == "ser positivt på"
    assert verb_for(Position("ser_positivt_pa"), {"ser_positivt_pa": "ser positivt på"}) == (
        "ser positivt på"
    )
    assert verb_for(Position("okand_hallning"), vocabulary) == "okand hallning"
    assert verb_for(Position(FREE_TEXT), vocabulary) == ""
    assert verb_for(Position("avstyrker")) == "avstyrker"
    assert GENERAL_HEADING == "Övergripande synpunkter"


def test_the_drafting_core_loads_no_textual():
    code = "import sys, workbench.core.drafting; print('textual' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_a_position_that_says_nothing_answers_nothing():
    """An emptied "anser" (or free-text) position leaves its section unanswered, by the one
    rule every front end counts with; a stance that reads alone answers without text."""
    empty, bare = stored("anser", " \n", 1, 1), stored(FREE_TEXT, "", 2, 2)
    agrees = stored("tillstyrker", "", 5, 3)
    left = coverage([empty, bare, agrees], outline())
    assert [s.number for s in left.unanswered] == ["1", "2", "2.1", "2.2"]
    draft = ResponseDraft(outline(), [empty, agrees], Vocabulary())
    assert (draft.marks[1], draft.marks[5]) == (Mark.UNANSWERED, Mark.ANSWERED)
    assert not draft.answering_changed(empty)
    empty.text = "skrivet"
    assert draft.answering_changed(empty)
    assert draft.measure() == {1: Mark.ANSWERED}
    empty.text = ""
    assert draft.answering_changed(empty)
    assert draft.measure() == {1: Mark.UNANSWERED}


def test_coverage_of_a_plan_with_unnumbered_subheads_and_a_repeated_number():
    # A detaljplan's outline as read: subheads without numbers under 5.5, and "6.3" twice.
    sections = with_parents(
        [
            Section("5.5", "MILJÖ", 1, id=1),
            Section("", "STRANDSKYDD", 2, id=2),
            Section("", "DAGVATTEN", 2, id=3),
            Section("6.3", "VATTEN", 1, id=4),
            Section("6.3", "AVLOPP", 1, id=5),
        ]
    )
    left = coverage([stored("anser", "x", 2, 1), stored("anser", "y", 4, 2)], sections)
    # Strandskydd answered covers Miljö, not Dagvatten; the first 6.3 is not the second.
    assert [s.title for s in left.unanswered] == ["DAGVATTEN", "AVLOPP"]
    assert left.covered_ids == {1}
