"""click's own words (usage errors, help headings, value checks) reach the user in Swedish."""

from __future__ import annotations

import ast
from pathlib import Path

import click
import pytest

from workbench.cli import main, swedish


def run(capsys, *args: str) -> tuple[int, str, str]:
    with pytest.raises(SystemExit) as exit_info:
        main(list(args))
    out, err = capsys.readouterr()
    return exit_info.value.code, out, err


def click_messages() -> tuple[set[str], set[tuple[str, str]]]:
    """Every message click marks for translation: `_("…")` and `ngettext("…", "…", n)`."""
    singles: set[str] = set()
    pairs: set[tuple[str, str]] = set()
    for path in Path(click.__file__).parent.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)):
                continue
            texts = [a.value for a in node.args if isinstance(a, ast.Constant)]
            if node.func.id == "_" and texts:
                singles.add(texts[0])
            elif node.func.id == "ngettext" and len(texts) >= 2:
                pairs.add((texts[0], texts[1]))
    return singles, pairs


def test_every_entry_is_still_one_of_clicks_messages():
    singles, pairs = click_messages()
    singles.add("required")  # click translates it through a variable: _(extra["required"])
    assert set(swedish.CATALOGUE) - singles == set()
    assert set(swedish.PLURALS) - pairs == set()


def test_every_entry_keeps_clicks_placeholders():
    import string

    def fields(text: str) -> set[str]:
        return {name for _, name, _, _ in string.Formatter().parse(text) if name}

    for theirs, ours in swedish.CATALOGUE.items():
        assert fields(ours) == fields(theirs), theirs
    for (one, many), (our_one, our_many) in swedish.PLURALS.items():
        assert fields(our_one) <= fields(one) | fields(many), one
        assert fields(our_many) == fields(many), many


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["compile", "1", "-o", "x"], "Okänd flagga '-o'."),
        (["remis"], "Okänt kommando 'remis'. Menade du 'remiss'?"),
        (["compile"], "Saknar argumentet 'REMISS_ID'."),
        (["compile", "1", "2"], "Oväntat extra argument (2)"),
        (["remiss", "show", "abc"], "'abc' är inget giltigt heltal."),
        (["search", "--limit", "0", "x"], "0 ligger utanför intervallet"),
        (["compile", "1", "--out"], "Flaggan '--out' kräver ett värde."),
    ],
)
def test_usage_errors_are_swedish(db_path, capsys, args, expected):
    code, out, err = run(capsys, "--db", str(db_path), *args)
    assert code == 2
    assert out == ""
    assert err.count("\n") == 1 and err.startswith("fel användning: ")
    assert expected in err


def test_help_is_swedish_down_the_tree(db_path, capsys):
    code, out, _ = run(capsys, "--db", str(db_path), "--help")
    assert code == 0
    assert out.startswith("Användning: workbench [FLAGGOR] [KOMMANDO] [ARGUMENT]...")
    assert "\nFlaggor:\n" in out and "\nKommandon:\n" in out
    assert "--db FIL " in out
    code, out, _ = run(capsys, "--db", str(db_path), "compile", "--help")
    assert out.startswith("Användning: workbench compile [FLAGGOR] REMISS_ID")
    assert "--out SÖKVÄG" in out and "[standard: docx]" in out
    code, out, _ = run(capsys, "--db", str(db_path), "answer", "--help")
    assert out.startswith("Användning: workbench answer [FLAGGOR] KOMMANDO [ARGUMENT]...")
    code, out, _ = run(capsys, "--db", str(db_path), "response", "new", "--help")
    assert "[krävs]" in out
    for english in ("Usage:", "Options:", "Commands:", "[OPTIONS]", "default:", "required"):
        assert english not in out
