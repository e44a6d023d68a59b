"""The stance reader tries at a word only the phrases that can begin with its letter: it finds
exactly what trying every phrase at every word finds."""

from __future__ import annotations

from workbench.answer.stance import StanceReader, _first_letters
from workbench.core.model import Stance

SENTENCES = [
    "Nacka kommun tillstyrker delvis förslaget, men anser att avsnittet bör kompletteras.",
    "Föreningen yrkar att detaljplanen inte antas. Vi kan inte godta förslaget.",
    "LO:s uppfattning är att analysen saknas och att underlaget är otillräckligt.",
    "KOMMUNEN SER POSITIVT PÅ STRATEGIN OCH HAR INGET ATT ERINRA.",
    "Ärendet: Östra Ågatan. Är det verkligen rimligt? Ökad trafik är fel.",
    "Det är mycket bra att regionen ställer sig bakom förslaget; vi välkomnar det.",
    "ſkall Kommunen ıfrågasätter, 12 § säger inget om det.",
    "",
]


def _every_phrase(reader: StanceReader, text: str) -> list[tuple]:
    """What `_matches` finds when every phrase is tried at every word start."""
    from workbench.answer.stance import _WORD_START

    kept, after = [], 0
    for word in _WORD_START.finditer(text):
        start = word.start()
        if start < after:
            continue
        best = None
        for pattern, key, weight in reader._patterns:
            match = pattern.match(text, start)
            if match and (best is None or match.end("verb") > best[1]):
                best = (start, match.end("verb"), key, weight, match.group("verb"))
        if best is not None:
            kept.append(best)
            after = best[1]
    return kept


def test_phrases_by_first_letter_find_what_every_phrase_finds():
    own = [
        Stance("gillar", "ser mycket positivt på", "for"),
        Stance("vill", "Önskar starkt", "proposal"),
    ]
    for reader in (StanceReader(), StanceReader(own)):
        for text in SENTENCES:
            assert reader._matches(text) == _every_phrase(reader, text), text
    assert StanceReader()._matches(SENTENCES[0])  # it does find phrases


def test_first_letters_of_a_pattern():
    assert _first_letters("(?P<verb>(?:vi |jag )?tillstyrker)") == frozenset("vjt")
    assert _first_letters("(?:(?<!det\\s)råder|[Åå]terkallar)") == frozenset("rå")
    assert _first_letters("[\\wåäö]+s uppfattning") is None  # any letter: tried everywhere
    assert _first_letters("(?:inte )?") is None  # may match nothing
