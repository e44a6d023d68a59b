"""`workbench search`: the JSON contract, the filters as options, and one-line Swedish errors."""

from __future__ import annotations

import json

import pytest

from workbench.cli import main

CONTRACT = {"response_id", "organisation", "section", "stance", "text", "snippet"}


def run(capsys, *args: str) -> tuple[int, str, str]:
    with pytest.raises(SystemExit) as exit_info:
        main(list(args))
    out, err = capsys.readouterr()
    return exit_info.value.code, out, err


def search(capsys, db, *args: str) -> list[dict]:
    code, out, err = run(capsys, "--db", str(db), "search", *args, "--json")
    assert (code, err) == (0, "")
    return json.loads(out)


def test_json_shape_on_the_demo(demo_db, capsys):
    hits = search(capsys, demo_db, "kompetens", "--kind", "position")
    assert {hit["organisation"] for hit in hits} >= {"Stockholms stad", "Huddinge kommun"}
    for hit in hits:
        assert set(hit) >= CONTRACT
        assert isinstance(hit["response_id"], int) and hit["kind"] == "position"
        assert "[" in hit["snippet"] and hit["text"]
        assert all(hit["text"][a:b].lower().startswith("kompet") for a, b in hit["matches"])
    stad = next(hit for hit in hits if hit["organisation"] == "Stockholms stad")
    assert stad["section"] in {"A", "D"} and stad["remiss_title"].startswith("Life science")


def test_sections_have_no_response(demo_db, capsys):
    hits = search(capsys, demo_db, "kompetensförsörjningen", "--kind", "section")
    assert hits and all(set(hit) >= CONTRACT for hit in hits)
    assert {(hit["kind"], hit["response_id"], hit["stance"]) for hit in hits} == {
        ("section", None, "")
    }


def test_filters_as_options(demo_db, capsys):
    huddinge = search(capsys, demo_db, "kompetens", "--org", "Huddinge kommun")
    assert huddinge and {hit["organisation"] for hit in huddinge} == {"Huddinge kommun"}
    stance = search(capsys, demo_db, "strategi", "--stance", "foreslar")
    assert stance and {hit["stance"] for hit in stance} == {"foreslar"}
    status = search(capsys, demo_db, "strategi", "--status", "skickad")
    assert status and {hit["status"] for hit in status} == {"skickad"}
    remiss = search(capsys, demo_db, "strategi", "--remiss", "2")
    assert remiss and {hit["remiss_id"] for hit in remiss} == {2}
    assert search(capsys, demo_db, "strategi", "--to", "1999-12-31") == []
    dated = search(capsys, demo_db, "strategi", "--from", "2000-01-01", "--limit", "3")
    assert len(dated) == 3


def test_words_without_quotes_and_hostile_input(demo_db, capsys):
    assert search(capsys, demo_db, "life", "science") == search(capsys, demo_db, "life science")
    for hostile in ('"', "NEAR(", "*", "(((", "a OR", "kol:umn"):
        code, out, err = run(capsys, "--db", str(demo_db), "search", "--json", "--", hostile)
        assert code == 0 and err == "" and isinstance(json.loads(out), list)


def test_text_output(demo_db, capsys):
    code, out, _ = run(capsys, "--db", str(demo_db), "search", "kompetens", "--limit", "2")
    assert code == 0 and "Huddinge kommun" in out and "kompetens" in out
    assert "[kompetens]" not in out  # marks become bold, not brackets
    code, out, _ = run(capsys, "--db", str(demo_db), "search", "zzzxq")
    assert (code, out) == (0, "Inga träffar.\n")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--from", "2021-13-01"], "Från: '2021-13-01' är inget giltigt datum"),
        (["--to", "igår"], "Till: 'igår' är inget giltigt datum"),
        (["--org", "Okänd AB"], "Organisationen 'Okänd AB' finns inte."),
        (["--status", "klar"], "Okänd status 'klar'"),
        (["--stance", "tillstyrk"], "Okänd hållning 'tillstyrk'."),
    ],
)
def test_user_errors_are_one_swedish_line_and_exit_1(demo_db, capsys, args, message):
    code, out, err = run(capsys, "--db", str(demo_db), "search", "strategi", *args)
    assert (code, out) == (1, "")
    assert err.count("\n") == 1 and err.startswith("fel: ") and message in err


def test_usage_errors_exit_2(demo_db, capsys):
    assert run(capsys, "--db", str(demo_db), "search")[0] == 2
    assert run(capsys, "--db", str(demo_db), "search", "x", "--limit", "0")[0] == 2
    assert run(capsys, "--db", str(demo_db), "search", "x", "--kind", "comment")[0] == 2
