"""The review through the CLI: exit codes, one-line Swedish errors, JSON shapes, and a whole
two-round review told afterwards by `response log`."""

from __future__ import annotations

import datetime as dt
import json
import re

import pytest

from tests.test_cli import run

STAD = 4  # the demo's Stockholms stad remissvar, a draft on RS 2025-0671


@pytest.fixture
def wb(demo_db, capsys):
    """Run `workbench --db <demo copy> …`: returns (exit code, stdout, stderr)."""

    def call(*args: str):
        return run(capsys, "--db", str(demo_db), *args)

    code, out, _ = call("response", "show", str(STAD), "--json")
    assert code == 0 and json.loads(out)["organisation"] == "Stockholms stad"
    return call


def ok(result) -> str:
    code, out, err = result
    assert (code, err) == (0, ""), err
    return out


def user_error(result) -> str:
    code, out, err = result
    assert code == 1 and out == ""
    assert err.startswith("fel: ") and err.count("\n") == 1, err
    return err


def position_id(wb, section: str, stance: str) -> int:
    shown = json.loads(ok(wb("response", "show", str(STAD), "--json")))
    return next(
        p["id"] for p in shown["positions"] if p["section"] == section and p["stance"] == stance
    )


def test_a_two_round_review_and_the_log_that_tells_it(wb):
    # Round one: the officer sends it, the reviewer comments twice and sends it back.
    out = ok(wb("response", "status", str(STAD), "granskning", "--by", "Hanna", "-m", "Klar"))
    assert out == "Yttrande 4: Utkast → För granskning (version 1 sparad).\n"
    climate = position_id(wb, "C", "anser")
    first = int(
        ok(wb("response", "comment", str(STAD), "1.1", "Nämn finansieringen.", "--by", "Greta"))
    )
    second = int(
        ok(
            wb(
                "response",
                "comment",
                str(STAD),
                "Var mer konkret om klimatet.",
                "--position",
                str(climate),
                "--by",
                "Greta",
            )
        )
    )
    ok(wb("response", "status", str(STAD), "atergiven", "--by", "Greta", "-m", "Se kommentarerna."))

    # The officer sees the comments, fixes, answers and sends it again.
    open_threads = json.loads(ok(wb("response", "comments", str(STAD), "--open", "--json")))
    assert [(t["id"], t["section"], t["author"]) for t in open_threads] == [
        (first, "1.1", "Greta"),
        (second, "C", "Greta"),
    ]
    ok(
        wb(
            "response",
            "position",
            str(STAD),
            "1.1",
            "--stance",
            "foreslar",
            "--text",
            "att finansieringen beskrivs.",
        )
    )
    ok(wb("response", "comment", str(STAD), "Tillagt under 1.1.", "--reply-to", str(first)))
    ok(wb("response", "resolve", str(first), "--by", "Hanna"))
    ok(wb("response", "status", str(STAD), "granskning", "--by", "Hanna"))

    # The reviewer sees what changed since round one, resolves and approves.
    changes = json.loads(ok(wb("response", "diff", str(STAD), "--json")))
    assert changes["old"]["version"] == 1
    assert [(s["section"], [c["kind"] for c in s["changes"]]) for s in changes["sections"]] == [
        ("1.1", ["added"])
    ]
    listed = json.loads(ok(wb("response", "list", "--json")))
    assert next(r for r in listed if r["id"] == STAD)["open_comments"] == 1
    ok(wb("response", "resolve", str(second), "--by", "Greta"))
    ok(wb("response", "status", str(STAD), "godkand", "--by", "Greta", "-m", "Bra."))
    assert json.loads(ok(wb("response", "comments", str(STAD), "--open", "--json"))) == []
    listed = json.loads(ok(wb("response", "list", "--json")))
    assert next(r for r in listed if r["id"] == STAD)["open_comments"] == 0

    # The log tells who did what, and when.
    log = ok(wb("response", "log", str(STAD)))
    lines = log.splitlines()
    stamp = r"\d{4}-\d\d-\d\d \d\d:\d\d"
    assert all(re.match(stamp + "  ", line) for line in lines)
    # Who did it, in a column as wide as the longest name (the demo's creation names the
    # organisation: no one is a bare dash).
    told = [re.sub(stamp + r"\s+", "", re.sub(r"(\S)  +", r"\1  ", line)) for line in lines]
    expected = [
        "Stockholms stad  skapade yttrandet: Demodata (response_stockholms_stad.toml)",
        "Hanna  skickade för granskning (Utkast → För granskning): Klar",
        f"Greta  kommenterade #{first} på avsnitt 1.1: Nämn finansieringen.",
        f"Greta  kommenterade #{second} på avsnitt C, ställningstagande {climate}:"
        " Var mer konkret om klimatet.",
        "Greta  skickade tillbaka till handläggaren (För granskning → Åter till handläggaren):"
        " Se kommentarerna.",
    ]
    assert told[: len(expected)] == expected
    assert re.fullmatch(rf"\S+\s+svarade på #{first} \(avsnitt 1.1\): Tillagt under 1.1.", told[5])
    assert told[6:] == [
        f"Hanna  löste kommentar #{first}: Nämn finansieringen.",
        "Hanna  skickade för granskning igen (Åter till handläggaren → För granskning)",
        f"Greta  löste kommentar #{second}: Var mer konkret om klimatet.",
        "Greta  godkände (För granskning → Godkänd): Bra.",
    ]
    events = json.loads(ok(wb("response", "log", str(STAD), "--json")))
    assert [(e["actor"], e["action"]) for e in events][-2:] == [
        ("Greta", "resolve"),
        ("Greta", "status"),
    ]
    assert events[-1]["to_status"] == "godkand" and events[-1]["message"] == "Bra."
    for event in events:
        assert dt.datetime.fromisoformat(event["at"].replace("Z", "+00:00")).tzinfo
        assert set(event) == {
            "id",
            "at",
            "actor",
            "action",
            "from_status",
            "to_status",
            "message",
            "description",
        }
    versions = json.loads(ok(wb("response", "versions", str(STAD), "--json")))
    assert [(v["number"], v["status"], v["author"], v["cause"]) for v in versions] == [
        (1, "granskning", "Hanna", "transition"),
        (2, "atergiven", "Greta", "transition"),
        (3, "granskning", "Hanna", "transition"),
        (4, "godkand", "Greta", "transition"),
    ]


def test_forbidden_and_unknown_statuses(wb):
    err = user_error(wb("response", "status", str(STAD), "godkand"))
    assert err == (
        "fel: Kan inte gå från Utkast till Godkänd; tillåtet härifrån: För granskning.\n"
    )
    code, _, err = wb("response", "status", str(STAD), "klar")
    assert code == 2 and "klar" in err
    user_error(wb("response", "status", "4711", "granskning"))
    shown = json.loads(ok(wb("response", "show", str(STAD), "--json")))
    assert shown["status"] == "utkast"
    assert json.loads(ok(wb("response", "log", str(STAD), "--json")))[-1]["action"] == "create"


def test_an_approved_response_is_read_only_but_takes_comments(wb):
    for status in ("granskning", "godkand"):
        ok(wb("response", "status", str(STAD), status, "--by", "Greta"))
    expected = "fel: Yttrandet är godkänt och skrivskyddat; öppna det igen för att ändra.\n"
    assert user_error(wb("response", "set", str(STAD), "our_dnr", "KS 1")) == expected
    position = ["response", "position", str(STAD), "A", "--stance", "anser", "--text", "x"]
    assert user_error(wb(*position)) == expected
    assert user_error(wb("response", "restore", str(STAD), "1")) == expected
    ok(wb("response", "comment", str(STAD), "A", "Bra avsnitt.", "--by", "Greta"))
    err = user_error(wb("response", "status", str(STAD), "utkast"))
    assert err == "fel: Ange ett skäl (meddelande) för att öppna ett godkänt yttrande igen.\n"
    ok(wb("response", "status", str(STAD), "utkast", "-m", "Nämnden vill ändra A."))
    ok(wb("response", "set", str(STAD), "our_dnr", "KS 1"))


def test_versions_save_show_restore_and_diff(wb, monkeypatch):
    monkeypatch.setenv("WORKBENCH_USER", "Hanna Handläggare")
    assert ok(wb("response", "version", str(STAD), "--label", "Före ändring")) == "1\n"
    ok(wb("response", "set", str(STAD), "our_dnr", "KS 2025/1"))
    shown = json.loads(ok(wb("response", "version", str(STAD), "1", "--json")))
    assert shown["number"] == 1 and shown["label"] == "Före ändring"
    assert shown["author"] == "Hanna Handläggare" and shown["cause"] == "manual"
    assert shown["fields"]["our_dnr"] == "" and len(shown["positions"]) == 16
    text = ok(wb("response", "version", str(STAD), "1"))
    assert text.startswith("Yttrande 4, version 1 (Före ändring, ")
    assert "A. Forskning och innovation\n  tillstyrker behovet av nära samverkan" in text

    diff_text = ok(wb("response", "diff", str(STAD), "1"))
    assert "Ärendeuppgifter\n  Vårt dnr: – → KS 2025/1\n" in diff_text
    assert ok(wb("response", "restore", str(STAD), "1")) == (
        "Version 1 återställd som version 2.\n"
    )
    assert json.loads(ok(wb("response", "show", str(STAD), "--json")))["our_dnr"] == ""
    assert json.loads(ok(wb("response", "diff", str(STAD), "1", "2", "--json")))["changed"] is False
    table = ok(wb("response", "versions", str(STAD)))
    assert "Nr" in table and "Före ändring" in table

    assert "har ingen version 9" in user_error(wb("response", "restore", str(STAD), "9"))
    assert "har ingen version 9" in user_error(wb("response", "diff", str(STAD), "1", "9"))
    assert "har ingen version 9" in user_error(wb("response", "version", str(STAD), "9"))
    assert wb("response", "diff", str(STAD), "1", "2", "3")[0] == 2
    assert wb("response", "version", str(STAD), "1", "--label", "x")[0] == 2
    listed = json.loads(ok(wb("response", "versions", str(STAD), "--json")))
    assert [(v["number"], v["label"], v["cause"]) for v in listed] == [
        (1, "Före ändring", "manual"),
        (2, "Återställd från version 1", "restore"),
    ]


def test_the_default_diff_with_nothing_sent_shows_everything_as_new(wb):
    result = json.loads(ok(wb("response", "diff", str(STAD), "--json")))
    assert result["old"] == {
        "version": None,
        "label": "tomt yttrande (inget skickat för granskning)",
    }
    kinds = {c["kind"] for s in result["sections"] for c in s["changes"]}
    assert kinds == {"added"}
    assert sum(len(s["changes"]) for s in result["sections"]) == 16


def test_comment_errors_and_resolving(wb):
    assert "inget avsnitt 9.9" in user_error(wb("response", "comment", str(STAD), "9.9", "x"))
    assert "tom" in user_error(wb("response", "comment", str(STAD), "-", "  "))
    general = int(ok(wb("response", "comment", str(STAD), "-", "Om helheten.", "--by", "G")))
    code, _, _ = wb("response", "comment", str(STAD), "A", "x", "--reply-to", str(general))
    assert code == 2
    assert wb("response", "comment", str(STAD), "a", "b", "c")[0] == 2
    assert ok(wb("response", "resolve", str(general), "--by", "G")) == (
        f"Kommentar {general} löst.\n"
    )
    assert "redan löst" in user_error(wb("response", "resolve", str(general)))
    assert ok(wb("response", "resolve", str(general), "--reopen")) == (
        f"Kommentar {general} är öppen igen.\n"
    )
    assert "Kommentar 4711 finns inte" in user_error(wb("response", "resolve", "4711"))
    (thread,) = json.loads(ok(wb("response", "comments", str(STAD), "--json")))
    assert set(thread) == {
        "id",
        "section",
        "position_id",
        "author",
        "text",
        "created_at",
        "open",
        "resolved_at",
        "resolved_by",
        "replies",
    }
    assert (thread["section"], thread["open"]) == (None, True)
    listed = ok(wb("response", "comments", str(STAD)))
    assert listed.startswith("Övergripande synpunkter\n") and "[öppen]: Om helheten." in listed


def test_the_review_report_as_markdown_written_atomically(wb, tmp_path):
    ok(wb("response", "status", str(STAD), "granskning", "--by", "Hanna"))
    comment = ok(wb("response", "comment", str(STAD), "B", "Kortare | tack.", "--by", "Greta"))
    ok(wb("response", "comment", str(STAD), "Klart.", "--reply-to", comment.strip(), "--by", "H"))
    ok(wb("response", "status", str(STAD), "atergiven", "--by", "Greta", "-m", "Se B."))
    folder = tmp_path / "rapporter"
    folder.mkdir()
    target = folder / "rapport.md"
    out = ok(wb("response", "report", str(STAD), "--out", str(target)))
    assert out == f"Granskningsrapporten sparad: {target}\n"
    report = target.read_text(encoding="utf-8")
    assert report.startswith("# Granskningsrapport: Life science-strategi för Stockholm-Uppsala")
    assert "- **Status:** Åter till handläggaren" in report
    assert "| Greta | skickade tillbaka till handläggaren (För granskning → Åter till" in report
    assert "| Se B. |" in report
    assert "### B. Tydlig identitet och en god internationell tillgänglighet" in report
    assert re.search(r"- \*\*Greta\*\*, .* \(#\d+, öppen\): Kortare \| tack\.\n", report)
    assert re.search(r"\n  - \*\*H\*\*, .*: Klart\.\n", report)
    assert "## Versioner" in report and "| 2 | " in report
    assert [p.name for p in folder.iterdir()] == ["rapport.md"]  # no partial file left
    # The printed report is the same text (but for the minute it was made).
    printed = ok(wb("response", "report", str(STAD)))
    assert printed.splitlines()[8:] == report.splitlines()[8:]
    missing = tmp_path / "saknas" / "rapport.md"
    assert "mappen finns inte" in user_error(
        wb("response", "report", str(STAD), "--out", str(missing))
    )
    assert wb("response", "report", str(STAD), "--out", str(folder))[0] == 2
