"""Språkgranskning (issue 16): the pure checks on real text and on text made here."""

from __future__ import annotations

import random

import pytest

from workbench.core.model import Organisation, Position, Remiss, Response, Section
from workbench.core.stances import Vocabulary
from workbench.language.check import LanguageChecker
from workbench.language.consistency import cited_sections, contradicting, miswritten_dnr
from workbench.language.dictionary import Dictionary, DictionaryMissing
from workbench.language.findings import (
    AVOID,
    CONTRADICTION,
    DNR,
    LONG_SENTENCE,
    SPELLING,
    SUMMARY,
    UNKNOWN_SECTION,
)
from workbench.language.style import avoid_list
from workbench.language.text import lix, sentences
from workbench.usecases.language import checker_for

# Spelling findings on the demo that are right: the source itself misspells the word.
# "medicinskpersonal" (Huddinge, 3.3): the course name "Svenska för medicinsk personal"
# written as one word in the seed; a Swedish reader would correct it.
DEMO_TRUE_SPELLING = {"medicinskpersonal"}


@pytest.fixture(scope="module")
def dictionary() -> Dictionary:
    try:
        return Dictionary.load()
    except DictionaryMissing as exc:  # the project installs it; say so if it is not here
        pytest.fail(str(exc))


def remiss() -> Remiss:
    sections = [
        Section("1", "Inledning", 1, "Strategin gäller Stockholmsregionen.", id=1),
        Section("4", "Insatsområden", 1, "", id=2),
        Section("4.1", "Kompetensförsörjning", 2, "Kompetensförsörjningen är viktig.", id=3),
    ]
    return Remiss(
        "Life science-strategi", "Region Stockholm", "RS 2019-0751", sections=sections, id=1
    )


def checker(dictionary=None, words=()) -> LanguageChecker:
    organisation = Organisation("Huddinge kommun", subject="Huddinge kommun", id=1)
    return LanguageChecker(dictionary, remiss(), organisation, Vocabulary(), words)


def response(*positions: Position, **fields) -> Response:
    for order, position in enumerate(positions):
        position.order = order
        position.id = position.id or 100 + order
    return Response(1, 1, positions=list(positions), **fields)


# The demo: no correctly spelled word is questioned


def test_the_demo_responses_have_no_false_spelling_finding(demo_store, dictionary):
    found = {}
    for summary in demo_store.list_responses():
        checker = checker_for(demo_store, summary.id, dictionary)
        report = checker.check_response(demo_store.get_response(summary.id))
        for finding in report.findings:
            if finding.kind == SPELLING:
                found.setdefault(finding.text.casefold(), summary.organisation)
    assert set(found) == DEMO_TRUE_SPELLING, found


def test_twenty_misspellings_planted_in_the_demo_are_found_and_mostly_corrected(
    demo_store, dictionary
):
    """Typos of the usual kinds (a letter left out, doubled, swapped with its neighbour,
    a neighbouring key, a for å) planted in words of the demo's own positions."""
    summaries = demo_store.list_responses()
    rng = random.Random(16)
    planted: list[tuple[int, str, str]] = []  # (response id, typo, the word meant)
    copies = {s.id: demo_store.get_response(s.id) for s in summaries}
    checkers = {s.id: checker_for(demo_store, s.id, dictionary) for s in summaries}
    candidates = [
        (rid, position, word)
        for rid, resp in copies.items()
        for position in resp.positions
        for word in dict.fromkeys(position.text.replace("\n", " ").split(" "))
        if word.isalpha() and word.islower() and len(word) >= 7
    ]
    rng.shuffle(candidates)
    used = set()
    for rid, position, word in candidates:
        if len(planted) == 20:
            break
        if word in used or word.casefold() in checkers[rid].context:
            continue
        typo = plant(word, rng)
        if dictionary.knows(typo) or typo.casefold() in checkers[rid].context:
            continue  # a slip that makes another real word no speller can see
        used.add(word)
        position.text = position.text.replace(word, typo, 1)
        planted.append((rid, typo, word))
    assert len(planted) == 20
    hits = 0
    for rid, typo, word in planted:
        report = checkers[rid].check_response(copies[rid])
        flagged = [f for f in report.findings if f.kind == SPELLING and f.text == typo]
        assert flagged, f"{typo} (for {word}) was not found"
        suggestions = checkers[rid].suggestions(typo)
        hits += word in suggestions[:3]
    assert hits >= 16, f"right word in the top 3 for {hits} of 20"


def plant(word: str, rng: random.Random) -> str:
    i = rng.randrange(1, len(word) - 1)
    kind = rng.choice(("drop", "double", "swap", "near", "vowel"))
    if kind == "drop":
        return word[:i] + word[i + 1 :]
    if kind == "double":
        return word[:i] + word[i] + word[i:]
    if kind == "swap" and word[i] != word[i + 1]:
        return word[:i] + word[i + 1] + word[i] + word[i + 2 :]
    near = {"a": "s", "e": "r", "i": "o", "n": "m", "r": "t", "s": "d", "t": "y", "o": "p"}
    if kind == "near" and word[i] in near:
        return word[:i] + near[word[i]] + word[i + 1 :]
    for plain, marked in (("ä", "a"), ("ö", "o"), ("å", "a")):
        if plain in word:
            return word.replace(plain, marked, 1)
    return word[:i] + word[i + 1 :]


# Spelling rules


def test_names_abbreviations_numbers_and_the_remiss_words_are_left_alone(dictionary):
    text = (
        "Huddinge kommun tillstyker förslaget i RS 2019-0751 enligt avsnitt 4.1, t.ex. "
        "FoI och STEM, och Kompetensförsörjningen samt Wanngårds förslag om kultur- och "
        "fritidsaktiviteter via www.example.se, dnr och pga. Yt- och grundvatten skyddas."
        " Gulsippevägen byggs om. Trafiken på Gulsippevägen ökar. Stratgein är bra."
    )
    found = [
        f.text
        for f in checker(dictionary).check_response(response(Position("anser", text))).findings
        if f.kind == SPELLING
    ]
    # A capitalised word opening a sentence is checked, unless the text names it elsewhere.
    assert found == ["tillstyker", "Stratgein"]


def test_a_word_list_word_is_accepted_and_suggestions_come_first_from_context(dictionary):
    text = "Bolaget anser att tomställningarna bör minska."
    plain = checker(dictionary)
    assert [
        f.text
        for f in plain.check_response(response(Position("anser", text))).findings
        if f.kind == SPELLING
    ] == ["tomställningarna"]
    listed = checker(dictionary, words=["tomställningarna"])
    assert not [
        f
        for f in listed.check_response(response(Position("anser", text))).findings
        if f.kind == SPELLING
    ]
    assert plain.suggestions("tillstyker")[0] == "tillstyrker"
    assert plain.suggestions("Kompetensförsörningen")[0] == "Kompetensförsörjningen"


def test_without_the_dictionary_the_other_checks_still_run(monkeypatch, tmp_path):
    monkeypatch.setenv("WORKBENCH_HUNSPELL_DIR", str(tmp_path))
    with pytest.raises(DictionaryMissing):
        Dictionary.load()
    report = checker(None).check_response(
        response(Position("tillstyrker", "förslaget men det kan inte godtas i sin helhet."))
    )
    assert report.dictionary_missing
    assert {f.kind for f in report.findings} == {CONTRADICTION, AVOID}


# Klarspråk


def test_sentences_split_at_full_stops_but_not_after_abbreviations_or_numbers():
    text = "Se t.ex. avsnitt 4.1. och bl.a. 3. Nästa mening kommer här! Sista?\n\n- En punkt"
    assert [s.text for s in sentences(text)] == [
        "Se t.ex. avsnitt 4.1. och bl.a. 3.",
        "Nästa mening kommer här!",
        "Sista?",
        "- En punkt",
    ]


def test_lix_counts_words_per_sentence_and_long_words():
    # 10 words, 2 sentences, 3 words over six letters: 10/2 + 100*3/10 = 35
    assert lix("Vi tycker om remissen. Kommunen välkomnar den och säger ja.") == 35
    assert lix("") is None


def test_long_sentences_count_the_lead_that_opens_them():
    text = " ".join(["ord"] * 28) + "."
    assert not [
        f
        for f in checker().check_response(response(Position("fritext", text))).findings
        if f.kind == LONG_SENTENCE
    ]
    found = [
        f
        for f in checker().check_response(response(Position("tillstyrker", text))).findings
        if f.kind == LONG_SENTENCE
    ]
    assert (
        len(found) == 1
        and "30 ord" in found[0].message
        and "Meningen har 31 ord" in found[0].message
    )


def test_the_avoid_list_is_large_sourced_and_matches_inflections_and_phrases():
    avoid = avoid_list()
    assert len(avoid.entries) >= 150
    assert {entry.source for entry in avoid.entries} <= {"SL", "MS", "KS"}
    text = (
        "Vi erhöll beslutet i syfte att Regionen ska beakta det på ett tydligt sätt,"
        " i detta avseende."
    )
    found = [(span.text, entry.instead[0]) for span, entry in avoid.find(text)]
    assert found == [
        ("erhöll", "få"),
        ("i syfte att", "för att"),
        ("beakta", "ta hänsyn till"),
        ("på ett tydligt sätt", found[3][1]),
    ]


# Consistency


def test_a_lead_in_favour_over_a_text_against_is_a_contradiction():
    assert [s.text for s in contradicting("förslaget, men det kan inte godtas.", "for")] == [
        "kan inte godtas"
    ]
    assert not list(contradicting("förslaget, som kan godtas.", "for"))
    assert [s.text for s in contradicting("förslaget men välkomnar utredningen.", "against")] == [
        "välkomnar"
    ]
    assert not list(contradicting("förslaget och kan inte ställa sig bakom det.", "against"))
    report = checker().check_response(
        response(Position("tillstyrker", "förslaget. Det kan inte godtas."))
    )
    assert [f.kind for f in report.findings if f.kind == CONTRADICTION] == [CONTRADICTION]


def test_a_summary_line_that_takes_another_side_or_talks_of_something_else():
    position = Position(
        "tillstyrker",
        "förslaget om en gemensam kompetensförsörjning inom regionens vårdutbildningar.",
        in_summary=True,
        summary_override="Huddinge kommun avstyrker förslaget om kompetensförsörjning.",
    )
    other = Position(
        "anser",
        "att kompetensförsörjningen inom vården behöver stärkas genom fler utbildningsplatser.",
        in_summary=True,
        summary_override="Kommunen anser att cykelvägarna i stadsdelarna måste byggas ut snabbt.",
    )
    same = Position(
        "anser",
        "att kompetensförsörjningen inom vården behöver stärkas genom fler utbildningsplatser.",
        in_summary=True,
        summary_override="Kommunen anser att kompetensförsörjningen inom vården behöver stärkas.",
    )
    findings = checker().check_response(response(position, other, same)).findings
    summaries = [(f.position, f.message) for f in findings if f.kind == SUMMARY]
    assert [p for p, _ in summaries] == [1, 2]
    assert "avstyrker" in summaries[0][1]


def test_a_cited_section_the_remiss_lacks():
    assert [s.text for s in cited_sections("Se avsnitten 4.1 och 4.3 samt kapitel 5.")] == [
        "4.1",
        "4.3",
        "5",
    ]
    assert not list(cited_sections("Se avsnitt 4 i SOU 2020:3 och 3 kap. 2 § lagen."))
    report = checker().check_response(
        response(Position("anser", "att avsnitt 4.1 och 4.3 behöver ses över."))
    )
    assert [f.text for f in report.findings if f.kind == UNKNOWN_SECTION] == ["4.3"]


def test_the_senders_dnr_written_otherwise():
    wanted = "RS 2019-0751"
    text = (
        "Ert dnr RS 2019-0751, RS 2019-751, RS2019/0751, RS 2019-0715, SR 2019-0751;"
        " vårt KS 2024/123."
    )
    assert [s.text for s in miswritten_dnr(text, wanted)] == [
        "RS 2019-751",
        "RS2019/0751",
        "RS 2019-0715",
        "SR 2019-0751",
    ]
    report = checker().check_response(
        response(Position("anser", "att ärendet RS 2019-751 gäller."))
    )
    found = [f for f in report.findings if f.kind == DNR]
    assert found and found[0].suggestions == (wanted,)


def test_ignored_findings_stay_ignored_where_they_are():
    position = Position("anser", "att vi erhöll svaret.")
    c = checker()
    first = c.check_response(response(position)).findings
    assert [f.kind for f in first] == [AVOID]
    assert not c.check_response(response(position), ignored={first[0].ignore_key}).findings
