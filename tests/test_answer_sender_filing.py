"""Filing received answers under organisations (issue 18, item 4): two files are filed under
one organisation only where each names it surely or the officer did. An unsure guess the TUI
queues stands under an organisation of its own until the officer confirms it. The answers
are written for these tests."""

from __future__ import annotations

from workbench.core.model import Remiss, Section
from workbench.usecases.answer_import import (
    confirm_guessed_organisation,
    import_answers,
    provisional_name,
)


def _remiss() -> Remiss:
    sections = [Section("1", "Hamnen", 1, "Gästhamnen byggs ut med fyrtio platser.")]
    return Remiss("Planprogram för Sjövik", sender="Exempelby kommun", sections=sections)


# One sentence in the answer's voice: a cue the reader offers but is not sure of.
UNSURE = (
    "Yttrande om hamnen\n\n"
    "Norrviks båtförening tillstyrker att gästhamnen byggs ut och har inget att tillägga.\n"
)
SURE = (
    "Yttrande om hamnen\n\n"
    "Norrviks båtförening har tagit del av planprogrammet och lämnar följande synpunkter.\n\n"
    "Norrviks båtförening anser att gästhamnen behöver fler platser för små båtar.\n"
)


def _files(tmp_path, *texts: str):
    paths = []
    for number, text in enumerate(texts, start=1):
        path = tmp_path / f"svar-{number}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


def _organisation_of(store, result) -> str:
    response = store.get_response(result.response_id, with_positions=False)
    return store.get_organisation(response.organisation_id).name


def test_two_files_with_unsure_senders_are_not_merged_until_each_is_confirmed(store, tmp_path):
    remiss = store.add_remiss(_remiss())
    paths = _files(tmp_path, UNSURE, UNSURE.replace("inget att tillägga", "inga synpunkter"))
    one, two = import_answers(store, remiss.id, paths, unsure="queue")
    assert not one.organisation_confirmed and not two.organisation_confirmed
    names = [_organisation_of(store, one), _organisation_of(store, two)]
    assert names == [
        provisional_name("Norrviks båtförening", "svar-1.txt"),
        provisional_name("Norrviks båtförening", "svar-2.txt"),
    ]
    assert len(store.unconfirmed_organisations(remiss.id)) == 2
    # The officer confirms both: one organisation, the second answer its komplettering.
    confirm_guessed_organisation(store, one.response_id)
    confirm_guessed_organisation(store, two.response_id)
    assert {_organisation_of(store, one), _organisation_of(store, two)} == {"Norrviks båtförening"}
    assert not store.unconfirmed_organisations(remiss.id)
    assert [o.name for o in store.list_organisations() if "obekräftad" in o.name] == []


def test_an_unsure_file_does_not_join_the_organisation_a_sure_answer_stands_under(store, tmp_path):
    remiss = store.add_remiss(_remiss())
    sure_path, unsure_path = _files(tmp_path, SURE, UNSURE)
    (sure,) = import_answers(store, remiss.id, [sure_path])
    assert sure.organisation_confirmed and sure.organisation == "Norrviks båtförening"
    (unsure,) = import_answers(store, remiss.id, [unsure_path], unsure="queue")
    assert _organisation_of(store, unsure) != "Norrviks båtförening"
    assert unsure.supplements is None  # no komplettering of an answer it may not belong to
    # Confirmed, it joins the sure one's organisation.
    confirm_guessed_organisation(store, unsure.response_id)
    assert _organisation_of(store, unsure) == "Norrviks båtförening"


def test_the_name_the_officer_accepts_when_asked_is_confirmed(store, tmp_path):
    remiss = store.add_remiss(_remiss())
    (path,) = _files(tmp_path, UNSURE)
    asked = []

    def accept(_path, guess):
        asked.append(guess.name)
        return guess.name

    (result,) = import_answers(store, remiss.id, [path], confirm=accept)
    assert asked == ["Norrviks båtförening"]
    assert result.organisation_confirmed and result.organisation == "Norrviks båtförening"


def test_the_officer_may_name_another_organisation_than_the_guess(store, tmp_path):
    remiss = store.add_remiss(_remiss())
    (path,) = _files(tmp_path, UNSURE)
    (result,) = import_answers(store, remiss.id, [path], unsure="queue")
    confirm_guessed_organisation(store, result.response_id, "  Norrviks  segelsällskap ")
    assert _organisation_of(store, result) == "Norrviks segelsällskap"
    assert not store.unconfirmed_organisations(remiss.id)
    names = [o.name for o in store.list_organisations()]
    assert "Norrviks båtförening" not in names  # the guess made no organisation of its own
    assert not [name for name in names if "obekräftad" in name]


def test_a_named_organisation_is_joined_only_by_its_very_name(store, tmp_path):
    remiss = store.add_remiss(_remiss())
    sure_path, one_path, two_path = _files(tmp_path, SURE, UNSURE, UNSURE + "\nHej.\n")
    (sure,) = import_answers(store, remiss.id, [sure_path])
    one, two = import_answers(store, remiss.id, [one_path, two_path], unsure="queue")
    # A name like the sure one's is another organisation ...
    confirm_guessed_organisation(store, one.response_id, "Norrviks båtförening 2")
    assert _organisation_of(store, one) == "Norrviks båtförening 2"
    # ... the very name (the store's names are one whatever their case) joins it.
    confirm_guessed_organisation(store, two.response_id, "norrviks båtförening")
    assert _organisation_of(store, two) == _organisation_of(store, sure) == "Norrviks båtförening"


def test_no_empty_or_provisional_name_is_taken(store, tmp_path):
    import pytest

    from workbench.errors import InvalidInput

    remiss = store.add_remiss(_remiss())
    one_path, two_path = _files(tmp_path, UNSURE, UNSURE + "\nHej.\n")
    one, two = import_answers(store, remiss.id, [one_path, two_path], unsure="queue")
    with pytest.raises(InvalidInput):
        confirm_guessed_organisation(store, one.response_id, "  ")
    with pytest.raises(InvalidInput):
        confirm_guessed_organisation(store, one.response_id, _organisation_of(store, two))
    assert len(store.unconfirmed_organisations(remiss.id)) == 2


def test_an_unsure_answer_filed_apart_brings_every_stance_its_positions_use(store, tmp_path):
    # The guessed organisation is known, with the reader's stances it has used before; the
    # unsure answer is filed under a provisional organisation of its own, which must get
    # them all (it failed with "Okänd hållning 'redogor'").
    remiss = store.add_remiss(_remiss())
    background = (
        "Yttrande om hamnen\n\n## Bakgrund\n\n"
        "Kommunen har tagit fram ett planprogram för hamnen och skickat det på samråd.\n\n"
        "## Synpunkter\n\n"
    )
    sure_path, unsure_path = _files(tmp_path, background + SURE.split("\n\n", 1)[1], UNSURE)
    (sure,) = import_answers(store, remiss.id, [sure_path])
    assert sure.organisation == "Norrviks båtförening"
    unsure_text = background + UNSURE.split("\n\n", 1)[1]
    unsure_path.write_text(unsure_text, encoding="utf-8")
    (unsure,) = import_answers(store, remiss.id, [unsure_path], unsure="queue")
    assert not unsure.organisation_confirmed
    stances = [p.stance for p in store.positions(unsure.response_id)]
    assert "redogor" in stances, stances
