"""The TUI's plain helpers: list fields as text, dates, levels from numbers, column widths,
path completion, and what is left to do."""

from __future__ import annotations

from workbench.core.drafting import coverage
from workbench.core.model import Position, Remiss, Section, Signatory, Stance, with_parents
from workbench.document.case_fields import (
    check_date,
    signatories_text,
    stances_text,
    text_signatories,
    text_stances,
)
from workbench.tui.screens.cases import fit_widths
from workbench.tui.widgets.path_input import matches


def test_signatories_round_trip_as_lines():
    text = "Anette Henriksson, Verkställande direktör\nHans Aspgren"
    signatories = text_signatories(text + "\n\n")
    assert signatories == [
        Signatory("Anette Henriksson", "Verkställande direktör", 0),
        Signatory("Hans Aspgren", "", 1),
    ]
    assert signatories_text(signatories) == text


def test_own_stances_round_trip_and_bad_lines_are_named():
    stances, problems = text_stances("ser positivt på, för\ndelar bedömningen")
    assert stances == [
        Stance("ser_positivt_pa", "ser positivt på", "for"),
        Stance("delar_bedomningen", "delar bedömningen", "comment"),
    ]
    assert not problems
    assert stances_text(stances) == "ser positivt på, för\ndelar bedömningen, synpunkt"
    _, problems = text_stances("tillstyrker, för\nser gärna, kanske")
    assert problems == [
        "Rad 1: 'tillstyrker' finns redan.",
        "Rad 2: okänd klass 'kanske' (välj bland för, delvis, emot, synpunkt, förslag, neutral,"
        " ingen).",
    ]


def test_dates_must_be_iso():
    assert check_date("") == ""
    assert check_date("2026-11-23") == ""
    assert check_date("2026-11-31")
    assert check_date("23/11/2026")
    assert check_date("20261123")


def test_columns_give_way_widest_flexible_first():
    natural = [40, 16, 25, 13, 14, 20, 8]
    widths = fit_widths(natural, 100)
    assert widths[3:] == natural[3:]
    assert sum(widths) <= 100
    assert fit_widths(natural, 200) == natural


def test_path_completion_lists_folders_first_and_only_remiss_files(tmp_path):
    (tmp_path / "remisser").mkdir()
    (tmp_path / "remiss.pdf").write_text("x")
    (tmp_path / "remiss.odt").write_text("x")
    (tmp_path / ".dold.pdf").write_text("x")
    assert matches(f"{tmp_path}/rem", [".pdf"]) == [
        f"{tmp_path}/remisser/",
        f"{tmp_path}/remiss.pdf",
    ]


def test_a_chapter_is_done_when_a_subsection_is_answered():
    sections = with_parents(
        [
            Section("1", "Inledning", 1, id=1),
            Section("2", "Områden", 1, id=2),
            Section("2.1", "Forskning", 2, id=3),
            Section("2.2", "Vård", 2, id=4),
        ]
    )
    remiss = Remiss("R", sections=sections, id=1)
    left = coverage([Position("tillstyrker", "att …", section_id=3)], remiss.sections)
    assert [s.number for s in left.unanswered] == ["1", "2.2"]
    assert left.covered_ids == {2}
    assert (left.done, left.total) == (2, 4)


def test_a_received_answer_is_no_sent_case_in_the_list():
    from workbench.core.model import ORIGIN_RECEIVED, Kind, ResponseSummary, Status
    from workbench.tui.screens.cases import _status_cell

    def summary(**extra) -> ResponseSummary:
        return ResponseSummary(
            1,
            1,
            "Strategin",
            "Region Stockholm",
            "RS 2019-0751",
            None,
            "Huddinge kommun",
            Kind.YTTRANDE,
            Status.SKICKAD,
            "",
            3,
            13,
            **extra,
        )

    assert _status_cell(summary()).plain == "Skickad"
    assert _status_cell(summary(origin=ORIGIN_RECEIVED)).plain == "Mottaget svar"
    assert _status_cell(summary(open_comments=2)).plain == "Skickad ✎2"


def test_a_megabyte_position_makes_a_short_list_line():
    from workbench.core.stances import Vocabulary
    from workbench.tui.text_views import LINE_SOURCE, position_line

    huge = Position(response_id=1, stance="tillstyrker", text="ord " * 250_000)
    line = position_line(huge, Vocabulary())
    assert line.plain.startswith("  tillstyrker ord ord")
    assert len(line.plain) <= LINE_SOURCE + 20


def test_a_title_gives_way_before_its_sub_title():
    from workbench.tui.widgets.header import fit_title

    sub = "Yttrande · Utkast"
    assert fit_title("Kort", sub, 80) == ("Kort", sub)
    title, kept = fit_title("Detaljplan för del av Ubbhult 2:14 med flera", sub, 50)
    assert kept == sub and title.endswith("…")
    assert len(f"{title} — {sub}") <= 50
    # Too little room for a title worth reading: left whole, for the bar to cut at its end.
    assert fit_title("Detaljplan för del av Ubbhult", sub, 30)[0] == "Detaljplan för del av Ubbhult"
