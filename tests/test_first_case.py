"""What a new officer's first case found (issue 15), one test a finding, on real stores:
one count of what is answered in the CLI, Ärenden and the workspace; the log's first author;
the position list's spacing."""

from __future__ import annotations

import pytest

from workbench.cli import main
from workbench.core.drafting import coverage
from workbench.core.model import Organisation, Position, Remiss, Section
from workbench.core.stances import Vocabulary
from workbench.store import open_store
from workbench.tui.text_views import position_line


def run(capsys, *args: str) -> tuple[int, str, str]:
    with pytest.raises(SystemExit) as exit_info:
        main(list(args))
    out, err = capsys.readouterr()
    return exit_info.value.code, out, err


def test_the_cli_counts_answered_as_the_workspace_and_the_export_do(db_path, capsys):
    """A parent whose subsection is answered (◦) counts the same everywhere: 14 of 94 in the
    workspace and Ärenden was 7/94 in `workbench response list`."""
    with open_store(db_path) as store:
        remiss = store.add_remiss(
            Remiss(
                "Strategin",
                sections=[
                    Section("1", "Inledning"),
                    Section("2", "Områden"),
                    Section("2.1", "Data", 2),
                    Section("3", "Genomförande"),
                ],
            )
        )
        org = store.add_organisation(Organisation("Locum AB"))
        response = store.new_response(remiss.id, org.id)
        sub = remiss.sections[2]
        store.add_position(response.id, Position("anser", "att data behövs.", section_id=sub.id))
        [summary] = store.list_responses()
        expected = coverage(store.positions(response.id), store.get_remiss(remiss.id).sections)
    assert (expected.done, expected.total) == (2, 4)
    assert (summary.answered, summary.total) == (2, 4)
    code, out, _ = run(capsys, "--db", str(db_path), "response", "list")
    assert code == 0
    assert "2/4" in out


def test_the_logs_first_entry_names_who_created_the_case(db_path, capsys, monkeypatch):
    monkeypatch.setenv("WORKBENCH_USER", "Eva Berg")
    with open_store(db_path) as store:
        remiss = store.add_remiss(Remiss("Strategin", sections=[Section("1", "Inledning")]))
        store.add_organisation(Organisation("Locum AB"))
    code, out, _ = run(
        capsys, "--db", str(db_path), "response", "new", str(remiss.id), "--org", "Locum AB"
    )
    assert code == 0
    with open_store(db_path) as store:
        first = store.events(int(out.strip()))[0]
    assert first.actor == "Eva Berg"


def test_the_position_list_has_one_space_between_verb_and_text():
    line = position_line(Position("tillstyrker", "planförslaget."), Vocabulary())
    assert "tillstyrker planförslaget." in line.plain
    assert "  " not in line.plain.strip()
