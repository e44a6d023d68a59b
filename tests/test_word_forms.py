"""Swedish word forms: a query finds the other forms of its words, through the real store.

Each pair is a query and a text holding another form of the same word: nouns in their
definite and plural forms, verbs in the infinitive, present and past. The letters å, ä and ö
are never folded: "var" is not "vår".
"""

from __future__ import annotations

import pytest

from workbench.core.model import Organisation, Position, Remiss
from workbench.search.stemming import index_text, stem

WORD_FORMS = [
    # nouns: indefinite → definite, plural, genitive (and back)
    ("kompetensförsörjning", "kompetensförsörjningen"),
    ("strategi", "strategin"),
    ("strategin", "strategierna"),
    ("region", "regionens"),
    ("regionen", "regioner"),
    ("kommun", "kommunerna"),
    ("kommunernas", "kommun"),
    ("förslag", "förslaget"),
    ("förslagen", "förslag"),
    ("utbildning", "utbildningarna"),
    ("fråga", "frågan"),
    ("frågor", "frågorna"),
    ("näringsliv", "näringslivets"),
    ("behov", "behoven"),
    ("skola", "skolan"),
    ("lärosäte", "lärosätena"),
    ("område", "områdena"),
    ("kostnad", "kostnaderna"),
    ("ansvar", "ansvaret"),
    ("konsekvens", "konsekvenserna"),
    ("innovation", "innovationerna"),
    ("verksamhet", "verksamheterna"),
    ("remiss", "remisserna"),
    ("yttrande", "yttrandet"),
    ("ställningstagande", "ställningstagandena"),
    ("ekonomi", "ekonomin"),
    ("samverkan", "samverkar"),
    # verbs: infinitive → present, past, participle, passive
    ("tillstyrka", "tillstyrker"),
    ("tillstyrker", "tillstyrkte"),
    ("avstyrka", "avstyrkt"),
    ("samverka", "samverkade"),
    ("betona", "betonade"),
    ("välkomna", "välkomnar"),
    ("stärka", "stärkte"),
    ("utveckla", "utvecklade"),
    ("utvecklar", "utvecklas"),
    ("prioritera", "prioriterade"),
    ("tydliggöra", "tydliggörs"),
]

NOT_THE_SAME = [
    ("var", "vår"),
    ("vara", "våra"),
    ("för", "for"),
    ("mål", "mal"),
    ("år", "ar"),
    ("böra", "bora"),
]


@pytest.fixture
def response_id(store):
    org = store.add_organisation(Organisation("Huddinge kommun"))
    remiss = store.add_remiss(Remiss("Strategi"))
    return store.new_response(remiss.id, org.id).id


@pytest.mark.parametrize(("query", "target"), WORD_FORMS)
def test_a_query_finds_another_form_of_its_word(store, response_id, query, target):
    store.add_position(response_id, Position("anser", f"Texten nämner {target} en gång."))
    store.add_position(response_id, Position("anser", "En annan text om något helt annat."))
    hits = store.search(query, kinds=("position",))
    assert [hit.text for hit in hits] == [f"Texten nämner {target} en gång."]
    assert f"[{target}]" in hits[0].snippet


def test_the_table_is_large_enough():
    assert len(WORD_FORMS) >= 20
    assert len({query for query, _ in WORD_FORMS}) == len(WORD_FORMS)


@pytest.mark.parametrize(("query", "other"), NOT_THE_SAME)
def test_a_vowel_with_dots_or_ring_is_another_letter(store, response_id, query, other):
    store.add_position(response_id, Position("anser", f"Här står {other}."))
    assert store.search(query) == []
    assert stem(query) != stem(other)


def test_index_text_is_the_stems_in_order():
    assert index_text("Kommunerna tillstyrker strategin, även life-science.") == (
        "kommun tillstyrk strategi även lif scienc"
    )


def test_decomposed_letters_are_the_same_word():
    decomposed = "o\u0308vergripande"  # ö written as o + combining diaeresis
    assert index_text(decomposed) == index_text("övergripande")
