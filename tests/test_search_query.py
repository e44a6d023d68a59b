"""The query helpers on their own: parsing, quoting, highlighting. No store involved; FTS5's
own parser (a bare in-memory table) checks that every MATCH string is valid."""

from __future__ import annotations

import sqlite3

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from workbench.search.query import (
    MAX_TERMS,
    Query,
    Term,
    date_cover,
    date_tags,
    fts_query,
    highlight,
    match_expression,
    match_spans,
    parse,
    restricted,
    snippet,
    stance_tag,
)


@pytest.fixture(scope="module")
def fts():
    conn = sqlite3.connect(":memory:")
    conn.execute(
        "CREATE VIRTUAL TABLE t USING fts5(verb, text, tokenize='unicode61 remove_diacritics 0')"
    )
    conn.execute("INSERT INTO t (verb, text) VALUES ('tillstyrk', 'near and or not strategi')")
    yield conn
    conn.close()


def test_words_become_stemmed_quoted_terms():
    assert parse("Kommunerna tillstyrker") == Query((Term(("kommun",)), Term(("tillstyrk",))))
    assert fts_query("Kommunerna tillstyrker") == '"kommun" AND "tillstyrk"'


def test_phrases_hyphens_and_prefixes():
    assert parse('"life science" kompetens*').terms == (
        Term(("lif", "scienc")),
        Term(("kompet",), prefix=True),
    )
    assert parse("life-science").terms == (Term(("lif", "scienc")),)
    assert parse('"kompetens för"*').terms == (Term(("kompet", "för"), prefix=True),)
    assert parse('"unclosed phr').terms == (Term(("unclosed", "phr")),)
    assert match_expression(parse('"life science" kompetens*')) == '"lif scienc" AND "kompet"*'


def test_short_prefixes_match_whole_words():
    assert parse("ab*").terms == (Term(("ab",)),)
    assert parse("abc*").terms == (Term(("abc",), prefix=True),)


def test_prefix_last_is_for_the_word_being_typed():
    assert parse("strategin kompetens", prefix_last=True).terms[-1].prefix
    assert not parse("strategin kompetens", prefix_last=True).terms[0].prefix
    assert not parse("kompetens ", prefix_last=True).terms[-1].prefix
    assert not parse('"life science"', prefix_last=True).terms[-1].prefix
    assert parse('"life scien', prefix_last=True).terms[-1].prefix


def test_repeated_terms_count_once_and_queries_are_bounded():
    assert len(parse("strategin strategi strategier").terms) == 1
    assert len(parse(" ".join(f"ord{i}" for i in range(100))).terms) == MAX_TERMS


@pytest.mark.parametrize(
    ("hostile", "expected"),
    [
        ('"', ""),
        ("NEAR(a b)", '"near a" AND "b"'),
        ("a NEAR/2 b", '"a" AND "near 2" AND "b"'),
        ("*", ""),
        ("-", ""),
        ("-strategi", '"strategi"'),
        ("(((", ""),
        ("a OR", '"a" AND "or"'),
        ("NOT strategi", '"not" AND "strategi"'),
        ("kol:umn", '"kol umn"'),
        ("text:strategi", '"text strategi"'),
        ("^start", '"start"'),
        ("{verb text}:", '"verb" AND "text"'),
        ("''", ""),
        ("a\x00b", '"a b"'),
    ],
)
def test_hostile_input_is_plain_text(fts, hostile, expected):
    assert fts_query(hostile) == expected
    if expected:
        fts.execute("SELECT count(*) FROM t WHERE t MATCH ?", [expected]).fetchone()


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=60))
def test_any_input_gives_a_valid_match_string(fts, text):
    for prefix_last in (False, True):
        expression = match_expression(parse(text, prefix_last=prefix_last))
        if expression:
            fts.execute("SELECT count(*) FROM t WHERE t MATCH ?", [expression]).fetchone()


@settings(max_examples=100, deadline=None)
@given(st.text(alphabet=st.sampled_from('ab "*-()åäö:^'), max_size=30))
def test_any_mix_of_operators_gives_a_valid_match_string(fts, text):
    expression = match_expression(parse(text, prefix_last=True))
    if expression:
        fts.execute("SELECT count(*) FROM t WHERE t MATCH ?", [expression]).fetchone()


TEXT = (
    "Stockholms stad anser att en långsiktig kompetensförsörjning inom life science-sektorn"
    " inkluderar behovet av kompetens på alla yrkesnivåer, från yrkesutbildning till avancerad"
    " forskning och utveckling av nya utbildningar."
)


def test_match_spans_cover_forms_phrases_and_prefixes():
    spans = match_spans(TEXT, parse('kompetens "life science" utbildning*'))
    assert [TEXT[a:b] for a, b in spans] == [
        "life science",
        "kompetens",
        "utbildningar",
    ]
    spans = match_spans(TEXT, parse("kompetens*"))
    assert [TEXT[a:b] for a, b in spans] == ["kompetensförsörjning", "kompetens"]


def test_snippet_marks_matches_around_the_densest_part():
    spans = match_spans(TEXT, parse("forskning utveckling"))
    excerpt = snippet(TEXT, spans, words=8)
    assert excerpt.startswith("…") and excerpt.endswith("…")
    assert "[forskning] och [utveckling]" in excerpt
    assert highlight(TEXT, parse("forskning utveckling"), words=8) == (spans, excerpt)


def test_snippet_of_a_short_text_is_the_whole_text_on_one_line():
    text = "Strategin\när bra."
    assert snippet(text, match_spans(text, parse("strategi"))) == "[Strategin] är bra."
    assert snippet(text, []) == "Strategin är bra."
    assert snippet("", []) == ""
    assert snippet("  …  ", []) == "…"


def test_snippet_with_other_marks():
    spans = match_spans(TEXT, parse("kompetens"))
    assert "<b>kompetens</b>" in snippet(TEXT, spans, marks=("<b>", "</b>"))


def test_date_cover_takes_the_largest_whole_units():
    assert date_cover("2021-05-10", "2021-05-20") == ["m202105"]
    assert date_cover("2019-11-01", "2023-02-10") == [
        "m201911",
        "m201912",
        "y2020",
        "y2021",
        "y2022",
        "m202301",
        "m202302",
    ]
    assert date_cover("2000-01-01", "2019-12-31") == ["d200", "d201"]
    assert date_cover("2021-05-10", "2020-01-01") == []
    assert len(date_cover(None, None)) == 30  # three centuries in decades


@pytest.mark.parametrize(
    "day", ["1999-12-31", "2000-01-01", "2016-06-15", "2021-05-10", "2024-02-29"]
)
@pytest.mark.parametrize(
    ("start", "end"),
    [("2016-06-01", "2021-05-31"), (None, "2016-06-30"), ("2021-05-01", None), (None, None)],
)
def test_a_day_is_covered_exactly_when_its_month_is_in_the_range(day, start, end):
    month = day[:7]
    inside = (start is None or start[:7] <= month) and (end is None or month <= end[:7])
    assert bool(set(date_tags(day)) & set(date_cover(start, end))) == inside


def test_tags_are_single_tokens_and_user_text_stays_in_the_text_columns(fts):
    assert stance_tag("tillstyrker_delvis").isalnum()
    assert date_tags(None) == []
    match = restricted('"strategi"', ("verb", "text"), [["o1"], ["y2020", "m202105"]])
    assert (
        match
        == '{verb text} : ("strategi") AND {tags} : ("o1") AND {tags} : ("y2020" OR "m202105")'
    )
    fts.execute("SELECT count(*) FROM t WHERE t MATCH ?", [match.replace("tags", "text")])


def test_a_prefix_with_expansions_is_an_or_of_stems(fts):
    term = Term(("lif", "scien"), prefix=True)
    assert term.render() == '"lif scien"*'
    assert term.render(["scienc", "scienceparks"]) == '("lif scienc" OR "lif scienceparks")'
    assert Term(("strategi",)).render(["strategisk"]) == '"strategi"'  # not a prefix
    expression = match_expression(Query((Term(("near",)), term)))
    fts.execute("SELECT count(*) FROM t WHERE t MATCH ?", [expression])
    fts.execute(
        "SELECT count(*) FROM t WHERE t MATCH ?",
        ['"near" AND ' + term.render(["scienc", "x"])],
    )
