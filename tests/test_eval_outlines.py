"""The expected outlines of `make eval` (tests/eval/remiss/) are well formed, and the scoring
behaves as its docstring says. No figure of the importer is asserted here: `make eval` reports
them, and a unit test that demanded an F1 would invite tuning to the labels."""

from __future__ import annotations

import pytest

from tests.eval.__main__ import END, START, write_readme
from tests.eval.labels import SHARED, Heading, load, problems, stems
from tests.eval.score import normal_title, score

STEMS = stems()
HELD_OUT = {"marks-detaljplan-melltorp-planbeskrivning", "mod-2019-2-dom"}
needs_shared = pytest.mark.skipif(
    not SHARED.is_dir(), reason=f"{SHARED} is missing: the real documents live there"
)


@pytest.mark.parametrize("stem", STEMS)
def test_label_file_is_well_formed(stem):
    assert problems(stem) == []


def test_the_held_out_pair_is_marked_and_nothing_else():
    assert {stem for stem in STEMS if load(stem).held_out} == HELD_OUT


def test_every_outline_opens_with_the_text_before_its_first_heading_or_a_heading():
    for stem in STEMS:
        first = load(stem).headings[0]
        assert first.level == 1, stem


def test_the_checker_finds_broken_levels_and_numbers(tmp_path, monkeypatch):
    import tests.eval.labels as labels

    monkeypatch.setattr(labels, "LABELS", tmp_path)
    (tmp_path / "broken.toml").write_text(
        'document = "broken.pdf"\nfolder = "corpus/remisses"\nheld_out = false\n'
        "numbered = true\nheadings = [\n"
        '  { level = 1, number = "1", title = "Inledning" },\n'
        '  { level = 3, number = "1.1", title = "Hoppar en nivå" },\n'
        '  { level = 2, number = "2.1", title = "Fel gren" },\n'
        '  { level = 1, number = "3", title = "3 Numret igen" },\n'
        '  { level = 2, number = "", title = " " },\n'
        "]\n",
        encoding="utf-8",
    )
    found = "\n".join(problems("broken"))
    assert "level 3 right after level 1" in found
    assert "its parent 2 is not earlier" in found
    assert "sits under 1, another branch" in found
    assert "the number is repeated in the title" in found
    assert "empty title" in found


@needs_shared
def test_every_real_document_has_an_expected_outline():
    documents = sorted(p.name for p in (SHARED / "corpus" / "remisses").iterdir())
    documents += sorted(p.name for p in (SHARED / "samples").glob("*.txt"))
    documents.append("004_57d2d002d580fb5b.txt")  # the seed remiss, holding the strategy
    labelled = {load(stem).document for stem in STEMS}
    assert [d for d in documents if d not in labelled] == []
    assert [stem for stem in STEMS if not load(stem).path.is_file()] == []


# The scoring, on outlines small enough to check by eye


def h(level: int, number: str, title: str) -> Heading:
    return Heading(level, number, title)


def test_a_perfect_outline_scores_one():
    expected = [h(1, "", "Inledande text"), h(1, "1", "Syfte"), h(2, "1.1", "Bakgrund")]
    result = score(expected, list(expected))
    assert (result.f1_all, result.f1_numbered, result.titles_right) == (1.0, 1.0, 3)


def test_a_cut_wrapped_title_is_found_but_not_right():
    expected = [h(1, "5", "PLANERINGSFÖRUTSÄTTNINGAR OCH KONSEKVENSER")]
    result = score(expected, [h(1, "5", "PLANERINGSFÖRUTSÄTTNINGAR OCH")])
    assert result.hits == 1 and result.titles_right == 0


def test_a_number_found_without_its_title_is_paired_but_not_right():
    result = score([h(1, "1", "Förslag till riksdagsbeslut")], [h(1, "1", "")])
    assert result.hits == 1 and result.titles_right == 0


def test_a_heading_at_the_wrong_level_is_a_miss():
    expected = [h(1, "", "DOMSKÄL"), h(2, "", "Syn")]
    result = score(expected, [h(1, "", "DOMSKÄL"), h(1, "", "Syn")])
    assert result.hits == 1 and result.f1_all == 0.5
    assert [(e.title, f.level) for e, f in result.wrong_level] == [("Syn", 1)]


def test_repeated_titles_pair_in_document_order():
    expected = [h(1, "", "Fladdermöss"), h(2, "", "Bevarandeåtgärder")]
    expected += [h(1, "", "Mindre hackspett"), h(2, "", "Bevarandeåtgärder")]
    found = [h(1, "", "Fladdermöss"), h(1, "", "Mindre hackspett"), h(2, "", "Bevarandeåtgärder")]
    result = score(expected, found)
    assert result.hits == 3
    assert [m.title for m in result.missed] == ["Bevarandeåtgärder"]


def test_a_labelled_heading_matches_however_it_is_split():
    expected = [h(1, "Bilaga 1", "Metoder för inventering av kungsörn")]
    result = score(expected, [h(1, "", "Bilaga 1 Metoder för inventering av kungsörn")])
    assert result.hits == 1 and result.titles_right == 1 and result.f1_numbered == 1.0


def test_numbered_list_items_count_against_precision():
    expected = [h(1, "1", "Inledning")]
    found = [h(1, "1", "Inledning"), h(2, "1.1", "ME"), h(2, "1.2", "WF")]
    result = score(expected, found)
    assert result.f1_numbered == pytest.approx(0.5)
    assert [f.title for f in result.extra] == ["ME", "WF"]


def test_titles_are_compared_without_case_hyphen_spacing_or_trailing_colon():
    assert normal_title("MARK - OCH UTRYMMESFÖRVÄRV") == normal_title("Mark- och utrymmesförvärv")
    assert normal_title("ARTSKYDD :") == normal_title("Artskydd")
    assert normal_title("Dataskyddsdirektivet – den") == normal_title("dataskyddsdirektivet - den")


def test_the_readme_table_goes_between_the_markers_only(tmp_path):
    readme = tmp_path / "README.md"
    readme.write_text(f"# Titel\n\n## Mätningar\n\n{START}\ngammalt\n{END}\n\n## Efter\n")
    assert write_readme("| ny | tabell |", readme)
    text = readme.read_text()
    assert "gammalt" not in text and f"{START}\n| ny | tabell |\n{END}\n\n## Efter\n" in text
    plain = tmp_path / "plain.md"
    plain.write_text("# Titel\n")
    assert not write_readme("x", plain) and plain.read_text() == "# Titel\n"


def test_the_importers_own_coverage_report_is_read_in_the_shapes_documented():
    from types import SimpleNamespace as Parsed

    from tests.eval.one import importer_report

    coverage = Parsed(extracted=100, kept=90, removed={"toc": "Innehåll 1 2", "page_number": 7})
    assert importer_report(Parsed(coverage=coverage)) == {
        "ratio": 0.9,
        "removed": {"toc": 10, "page_number": 7},  # text counts its letters and digits
    }
    items = [Parsed(kind="toc", text="ab c"), Parsed(kind="toc", chars=3)]
    assert importer_report(Parsed(removed=items)) == {"removed": {"toc": 6}}
    assert importer_report(Parsed(coverage=0.97)) == {"ratio": 0.97}
    assert importer_report(Parsed()) is None
