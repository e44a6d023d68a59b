"""What a pattern may begin with (`workbench.answer.patterns`): a look-ahead of its first
characters in front (`led`) and the first words of a stance phrase (`first_words`) only
spare work, so a pattern finds with them exactly what it finds without."""

from __future__ import annotations

import re

import pytest

from workbench.answer.patterns import first_words, led

TEXTS = [
    "Därför anser Naturvårdsverket att planen bör omarbetas. Vi tillstyrker förslaget.",
    "DÄRFÖR ANSER NATURVÅRDSVERKET ATT PLANEN ÄR BRISTFÄLLIG; Kommunen (KSLA) har fått remissen.",
    "Förſlaget är İnte rimligt och \u212aommunen ſaknar underlag – ”Vi avstyrker” sade de.",
    "- Här följer Föreningens yttrande: underlaget är otillräckligt, men väl genomarbetat.",
]
PATTERNS = [
    # look-behinds and an alternation first (a look-ahead is put in front)
    (r"(?:^|(?<=[.!?]\s))(?P<name>[A-ZÅÄÖ][\wåäö]+) (?:anser|tillstyrker)", 0),
    (r"(?<![\wåäö])(?:brist\w*|otillräcklig\w*|rimlig)(?![\wåäö])", re.I),
    (r"(?:^|(?<=[.!?]\s))(?i:därför|här följer) [\wåäö]+", 0),
    (r"(?<![\wåäö])(?:[\wåäö]+s) yttrande", re.I),  # a class of any letter: none
    (r"(?<![\wåäö])(?:inte|ej)?", re.I),  # may match nothing: none
    (r"\((?P<a>[A-ZÅÄÖ]{2,8})\)", 0),  # a character first: re skips ahead by it already
]


@pytest.mark.parametrize(("pattern", "flags"), PATTERNS)
def test_a_led_pattern_finds_what_the_pattern_finds(pattern, flags):
    plain, ahead = re.compile(pattern, flags), led(pattern, flags)
    for text in TEXTS:
        assert [m.span() for m in ahead.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_a_look_ahead_only_where_the_first_characters_are_known_and_not_yet_used():
    led_ones = [led(p, f).pattern.startswith("(?=") for p, f in PATTERNS]
    assert led_ones == [True, True, True, False, False, False]
    assert led(PATTERNS[2][0]).pattern.startswith("(?=(?i:[dh]))")


def test_first_words_are_whole_words_and_beginnings():
    words, stems = first_words(r"(?:vi )?(?:tillstyrker|avstyrker)|brist\w*|ställer sig bakom")
    assert words == {"vi", "tillstyrker", "avstyrker", "ställer", "brist"}
    assert stems == {"brist"}  # "brist" and any word that begins so
    assert first_words(r"[\wåäö]+s uppfattning") == (set(), {""})


def test_patterns_tried_at_words_find_what_their_own_search_finds():
    from workbench.answer.patterns import AtWords

    patterns = {
        "fault": re.compile(r"(?<![\wåäö])(?:brist\w*|otillräcklig\w*|orimlig)(?![\wåäö])", re.I),
        "view": re.compile(r"(?<![\wåäö])(?:vi )?(?:anser|avstyrker)(?: att)?", re.I),
        "twice": re.compile(r"(?<![\wåäö])att(?: [\wåäö]+){0,2}", re.I),  # overlapping tries
    }
    scan = AtWords(patterns)
    for text in TEXTS:
        found = scan.finditer(text)
        for name, pattern in patterns.items():
            assert [m.span() for m in found[name]] == [m.span() for m in pattern.finditer(text)]
    with pytest.raises(ValueError):
        AtWords({"dash": re.compile(r"(?<![\wåäö])-\w+")})  # may begin with no letter
    with pytest.raises(ValueError):
        AtWords({"inside": re.compile(r"brist\w*")})  # may begin inside a word


def test_an_alternative_any_word_may_begin_is_tried_only_where_the_text_holds_its_words():
    from workbench.answer.patterns import FirstWords

    index = FirstWords([r"(?:[\wåäö:]+s|vår) (?:uppfattning|bedömning) är att", r"anser"])
    holding = index.for_text("Kommunens uppfattning är att planen bör göras om.")
    lacking = index.for_text("Kommunens plan är att bygga; vi anser att det räcker.")
    assert holding("Kommunens") == [0] and holding("planen") == [0]
    assert lacking("Kommunens") == [] and lacking("anser") == [1] and lacking("vår") == [0]
    odd = index.for_text("Kommunenſ plan.")  # a letter that folds otherwise: every word
    assert odd("plan") == [0]
