"""The hand labels of `make eval`'s answers block are well formed, and its matching rules do what
tests/eval/answers_eval.py says (on made-up reader output, not on the reader)."""

from __future__ import annotations

import re

import pytest

from tests.eval import answers_eval as ev

needs_shared = pytest.mark.skipif(
    not ev.SHARED.is_dir(), reason=f"{ev.SHARED} (the shared corpus) is absent"
)


def _labels():
    return [label for path in ev.label_paths() for label in ev.load_labels(path)]


@needs_shared
@pytest.mark.parametrize("label", _labels(), ids=lambda label: label.stem)
def test_label_file_is_well_formed(label):
    assert ev.check_label(label) == []


def test_held_out_are_the_openings_divisible_by_three():
    for path in ev.label_paths():
        (label, *_) = ev.load_labels(path)
        if label.fresh:
            continue  # the answers read through the search tool: their own rule, below
        number = re.search(r"openings/(\d+)-", label.source)
        should = bool(number) and int(number.group(1)) % 3 == 0
        assert label.held_out == should, path.name
        assert (path.parent.name == "held_out") == should, path.name


def test_fresh_held_out_are_those_numbered_divisible_by_three():
    """The answers read through the search tool (f01 …): every third held out, in its own
    folder, and each names the page it was read from; from the ninth round on (f136 …) every
    one is held out."""
    folders = (ev.FRESH, ev.HELD_OUT_FRESH, *(r.folder for r in ev.ROUNDS))
    fresh = [p for p in ev.label_paths() if p.parent in folders]
    assert len(fresh) >= 30
    for path in fresh:
        (label, *_) = ev.load_labels(path)
        number = int(re.match(r"f(\d+)-", path.name).group(1))
        should = number % 3 == 0 or number >= ev.EVERY_ONE_HELD_OUT_FROM
        assert label.held_out == should, path.name
        # f20 …, f38 …, f55 … and on are later rounds, each held out in a folder (and a
        # column) of its own
        held_in = next(
            (r.folder for r in reversed(ev.ROUNDS) if number >= r.first), ev.HELD_OUT_FRESH
        )
        assert (path.parent == held_in) == should, path.name
        assert label.source == "inline"
        assert re.match(r"https?://", ev.tomllib.loads(path.read_text("utf-8"))["url"])


def test_held_out_all_pools_every_held_out_group():
    """The "held-out (all)" column adds up the counts of every held-out group, and only those."""
    results = {group: ev.Result() for group in ev.GROUPS}
    for number, group in enumerate(ev.GROUPS, start=1):
        results[group].tallies["stance"].right = number
        results[group].tallies["stance"].total = 2 * number
        results[group].lost = number
        results[group].files = 1
        results[group].merged = 1
    total = ev.pooled(results[g] for g in ev.HELD_OUT_GROUPS)
    held_out = [n for n, g in enumerate(ev.GROUPS, start=1) if g.startswith("held-out")]
    assert {"held-out (new 19)", "held-out (new 20)", "held-out (new 21)"} <= set(
        ev.HELD_OUT_GROUPS
    )
    assert not set(ev.DEVELOPMENT) & set(ev.HELD_OUT_GROUPS)
    assert total.tallies["stance"].right == sum(held_out)
    assert total.tallies["stance"].total == 2 * sum(held_out)
    assert total.lost == sum(held_out)
    assert total.files == total.merged == len(held_out)


def test_inline_answer_is_its_quoted_paragraphs():
    label = ev._label(
        ev.FRESH / "made-up.toml",
        {
            "sender": "X",
            "paragraphs": [
                {"text": "Rubrik", "heading": True},
                {"text": "Vi tillstyrker.", "stance": "for", "join": "next"},
                {"text": "Vi föreslår dock en ändring av tiden.", "stance": "proposal"},
            ],
        },
        "inline",
        "",
    )
    assert ev.inline_text(label) == (
        "Rubrik\n\nVi tillstyrker. Vi föreslår dock en ändring av tiden.\n"
    )
    assert label.paragraphs[2].anchor == "Vi föreslår dock en ändring av tiden."
    assert label.group == "real (new)"


def test_every_written_answer_is_labelled():
    labelled = set()
    for path in ev.WRITTEN.glob("*.toml"):
        for label in ev.load_labels(path):
            labelled.add(label.source.removeprefix("fixture:"))
    answers = {p.name for p in ev.WRITTEN.iterdir() if p.suffix in (".txt", ".docx")}
    assert answers == labelled


def _label(paragraphs, remiss="demo:X"):
    return ev.LabelFile(
        path=ev.WRITTEN / "made-up.toml",
        source="fixture:made-up.txt",
        sender="Föreningen Exempel",
        sender_also=[],
        overall="against",
        held_out=False,
        remiss=remiss,
        referred="",
        paragraphs=paragraphs,
        written=True,
    )


TEXT = (
    "Avsändare: Föreningen Exempel, Storgatan 1, 111 11 Byn\n\n"
    "1. Dagvatten\n\n"
    "Dagvattnet är otillräckligt utrett i § 5.5, och planen bör därför inte antas.\n\n"
    "Vi yrkar att en skyfallsanalys tas fram för hela området.\n\n"
    "Vi välkomnar att ekarna sparas."
)


def _measured(positions, skipped=(), organisation="Föreningen Exempel", asked=False):
    label = _label(
        [
            ev.Paragraph("Avsändare: Föreningen Exempel", skipped=True),
            ev.Paragraph("1. Dagvatten", heading=True),
            ev.Paragraph("Dagvattnet är otillräckligt utrett", ["5.5"], "against", cites=["5.5"]),
            ev.Paragraph("Vi yrkar att en skyfallsanalys", ["5.7", "5.5"], "proposal", demand=True),
            ev.Paragraph("Vi välkomnar att ekarna sparas", ["5.6"], "for"),
        ]
    )
    assert ev.segment(label, TEXT) == ""
    outcome = ev.Read(
        organisation=organisation,
        asked=asked,
        positions=[(ev.norm(text), section, cls) for text, section, cls in positions],
        skipped=[ev.norm(text) for text in skipped],
    )
    return ev.measure(label, outcome, ev.norm(TEXT))


def test_a_reading_that_matches_the_labels_scores_full():
    result = _measured(
        [
            ("Dagvattnet är otillräckligt utrett i § 5.5, och planen …", "5.5", "against"),
            ("Vi yrkar att en skyfallsanalys tas fram", "5.7", "proposal"),
            ("Vi välkomnar att ekarna sparas.", "5.6", "for"),
        ],
        skipped=["Avsändare: Föreningen Exempel, Storgatan 1, 111 11 Byn"],
    )
    t = result.tallies
    for key in ("section", "cited", "stance", "against", "demand", "sender", "sender_sure"):
        assert t[key].right == t[key].total > 0, key
    assert result.lost == 0 and result.skipped_as_positions == 0


def test_misses_are_counted_where_they_belong():
    # The answer's own point 1 taken as the remiss's chapter 1, criticism read as free text,
    # the sender block neither skipped nor positioned, the last paragraph dropped.
    result = _measured(
        [
            ("1 Dagvatten Dagvattnet är otillräckligt utrett", "1", "none"),
            ("Vi yrkar att en skyfallsanalys", "1", "none"),
        ],
        organisation="Byn",
    )
    t = result.tallies
    assert (t["section"].right, t["section"].total) == (0, 3)
    assert (t["cited"].right, t["cited"].total) == (0, 1)
    assert (t["against"].right, t["demand"].right) == (0, 0)
    assert (t["sender"].right, t["sender"].total) == (0, 1)
    assert result.lost == 1  # the sender block (40+ characters, in no list); the last is short


def test_asking_about_the_sender_counts_as_right():
    result = _measured([], organisation="Byn", asked=True)
    assert result.tallies["sender"].right == 1
    assert result.tallies["sender_sure"].right == 0


def test_text_is_compared_by_letters_and_digits_only():
    assert ev.norm("Kommu-\nnen, *tillstyrker*") == ev.norm("kommunen tillstyrker")


def test_a_label_is_found_after_the_previous_labels_position():
    # "Vi anser att" opens both an earlier sentence and the later labelled one: the later label
    # is judged on the later position, not on the first that holds its words.
    texts = [ev.norm("Vi anser att planen är bra."), ev.norm("Vi anser att:")]
    assert ev.find_in_order(ev.norm("Vi anser att"), texts, 0) == 0
    assert ev.find_in_order(ev.norm("Vi anser att"), texts, 1) == 1
    # a label read out of order (merged into an earlier position) is still found
    assert ev.find_in_order(ev.norm("planen är bra"), texts, 1) == 0
    assert ev.find_in_order(ev.norm("saknas"), texts, 1) is None


def test_a_label_whose_words_the_reader_split_is_found_where_it_starts():
    # "Underkänt. Det är …" read as two positions: the label's anchor opens at the end of the
    # first and runs on into the second; it is judged on the first, not lost.
    texts = [ev.norm("Vi har läst planen. Underkänt."), ev.norm("Det är för lite utrett.")]
    assert ev.find_in_order(ev.norm("Underkänt. Det är för"), texts, 0) == 0
    assert ev.find_in_order(ev.norm("läst planen. Det"), texts, 0) is None


# The answer's body read right, after its sender block (the tests of skipped matter below).
_BODY = [
    ("Dagvattnet är otillräckligt utrett i § 5.5, och planen …", "5.5", "against"),
    ("Vi yrkar att en skyfallsanalys tas fram för hela området.", "5.7", "proposal"),
    ("Vi välkomnar att ekarna sparas.", "5.6", "for"),
]


def test_skipped_matter_that_opens_a_position_is_read_not_lost():
    # The sender block labelled as skipped, its start read as a position of its own, its
    # address cut off into another (so not the whole segment in one position): not lost.
    result = _measured(
        [
            ("Avsändare: Föreningen Exempel", "whole", "none"),
            ("Storgatan 1, 111 11 Byn", "whole", "none"),
            *_BODY,
        ]
    )
    assert result.lost == 0 and result.skipped_as_positions == 1


def test_skipped_matter_cut_into_a_position_and_a_skipped_line_is_read_not_lost():
    # "Avsändare: Föreningen Exempel, Storgatan 1 …" labelled as skipped: its first word read
    # as a position (a lead-in), the rest skipped: read as a position, not lost.
    rest = "Föreningen Exempel, Storgatan 1, 111 11 Byn"
    body = _BODY
    result = _measured([("Avsändare:", "whole", "none"), *body], skipped=[rest])
    assert result.lost == 0 and result.skipped_as_positions == 1
    # both pieces skipped: listed, nothing to count
    result = _measured(body, skipped=["Avsändare:", rest])
    assert result.lost == 0 and result.skipped_as_positions == 0
    # neither piece anywhere: lost
    assert _measured(body, skipped=["Avsändare:"]).lost == 1


def test_skipped_matter_held_inside_a_position_is_read_not_lost():
    # The sender block's opening inside a position after other words (a caption a page
    # repeats runs on so), its end cut off: read as a position, not lost.
    result = _measured(
        [("Se nedan. Avsändare: Föreningen Exempel, Storgatan 1", "whole", "none"), *_BODY]
    )
    assert result.lost == 0 and result.skipped_as_positions == 1
